// App-wide state shared by the header, the sidebar and the screens.
import { api, toAppError, type AppError, type KeyStatus } from './api';

export type Screen = 'home' | 'settings';

class Session {
  screen = $state<Screen>('home');
  key = $state<KeyStatus | null>(null);
  keyError = $state<AppError | null>(null);
  /** Credits left, as the service last told us; null until the first call. */
  credits = $state<number | null>(null);
  /** What start-up had to tell the person (a file set aside, say). */
  notices = $state<string[]>([]);

  /** Loads start-up notices and follows app-wide engine news. Returns a stop function. */
  follow(): () => void {
    api
      .startupNotices()
      .then((notices) => (this.notices = notices))
      .catch((error) => (this.notices = [toAppError(error).message]));
    const listening = api.onEngineEvent((event) => {
      if (event.type === 'credits') this.credits = event.remaining;
    });
    return () => {
      listening.then((stop) => stop());
    };
  }

  async refreshKey(): Promise<void> {
    try {
      this.key = await api.keyStatus();
      this.keyError = null;
    } catch (error) {
      this.keyError = toAppError(error);
    }
  }
}

export const session = new Session();
