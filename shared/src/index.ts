export * from './errors';
export * from './protocol/ack';
export * from './protocol/identifiers';
export * from './protocol/room-messages';
export * from './protocol/media-messages';
export * from './protocol/events';
export * from './media/rtp-schemas';
export * from './config/server-env';
