import { Injectable } from '@nestjs/common';

/** Whether this process is shutting down: readiness then fails so load balancers stop sending work. */
@Injectable()
export class LifecycleState {
  draining = false;
}
