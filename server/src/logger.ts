import { pino, type DestinationStream, type Logger, type LoggerOptions } from 'pino';
import { redactSecretPaths, serializeRequest } from './http/log-redaction';

/**
 * The root logger. Content never goes into logs: callers log ids and outcomes only. Request URLs
 * lose their secret path segments and query strings, and so does any message that quotes a path
 * (Fastify's own "Route GET:/invite/… not found", for one).
 */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  const options: LoggerOptions = {
    level,
    base: { service: 'peercircle' },
    serializers: { req: serializeRequest },
    redact: { paths: ['req.headers.cookie', 'req.headers.authorization'], remove: true },
    hooks: {
      logMethod(args, log) {
        const redacted = args.map((arg: unknown) => (typeof arg === 'string' ? redactSecretPaths(arg) : arg));
        return log.apply(this, redacted as Parameters<typeof log>);
      },
    },
  };
  return destination ? pino(options, destination) : pino(options);
}
