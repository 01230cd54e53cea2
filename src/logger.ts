/**
 * Logs on stderr, so stdout stays free for command output (`npm run parse` prints JSON). On a terminal they
 * are human-readable lines (pino's pino-pretty transport, in a worker thread); anywhere else (files, CI,
 * log collectors) one JSON object per line. LOG_FORMAT=json|pretty overrides the guess.
 */
import pino from 'pino';

export type LogFormat = 'json' | 'pretty';

export function logFormat(env: NodeJS.ProcessEnv = process.env, stderrIsTTY = Boolean(process.stderr.isTTY)): LogFormat {
  const wanted = env.LOG_FORMAT;
  if (wanted === 'json' || wanted === 'pretty') return wanted;
  return stderrIsTTY ? 'pretty' : 'json';
}

function destination(format: LogFormat) {
  if (format === 'json') return pino.destination(2);
  return pino.transport({
    target: 'pino-pretty',
    options: { destination: 2, colorize: Boolean(process.stderr.isTTY), translateTime: 'SYS:HH:MM:ss.l', ignore: 'pid,hostname', singleLine: true },
  });
}

export const logger = pino(
  { level: process.env.LOG_LEVEL ?? 'info', base: undefined, timestamp: pino.stdTimeFunctions.isoTime },
  destination(logFormat()),
);

export type Logger = typeof logger;
