import type { Request, Response } from 'express';
import type { AuthUser } from '../auth/auth-user';
import type { Loaders } from '../dataloader/loaders';

export interface KindredRequest extends Request {
  user?: AuthUser | null;
}

/** What every resolver receives as its GraphQL context. */
export interface GraphqlContext {
  req: KindredRequest;
  res: Response;
  loaders: Loaders;
}
