import { Controller, Get, Param, ParseUUIDPipe, Req, Res } from '@nestjs/common';
import type { Response } from 'express';
import type { KindredRequest } from '../../common/graphql/context';
import { unauthenticated } from '../../common/errors/app-error';
import { AccountService } from './account.service';

/** Downloads of a member's data export (the session cookie decides whose). */
@Controller('account/exports')
export class AccountController {
  constructor(private readonly account: AccountService) {}

  @Get(':id')
  async download(@Param('id', new ParseUUIDPipe()) id: string, @Req() req: KindredRequest, @Res() res: Response): Promise<void> {
    // An AppError (not signed in, not found) is answered by AppErrorFilter with its HTTP status.
    if (!req.user) throw unauthenticated();
    const zip = await this.account.archive(req.user, id);
    res.setHeader('Content-Type', 'application/zip');
    res.setHeader('Content-Disposition', `attachment; filename="kindred-data-${new Date().toISOString().slice(0, 10)}.zip"`);
    res.setHeader('Cache-Control', 'no-store');
    res.send(zip);
  }
}
