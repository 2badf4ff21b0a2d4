import { pino, type DestinationStream, type Logger } from 'pino';

/**
 * The root logger. Content never goes into logs: callers log ids and outcomes only, and the request
 * serializer drops query strings, which may carry invite tokens.
 */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  const options = {
    level,
    base: { service: 'peercircle' },
    redact: { paths: ['req.headers.cookie', 'req.headers.authorization'], remove: true },
  };
  return destination ? pino(options, destination) : pino(options);
}
