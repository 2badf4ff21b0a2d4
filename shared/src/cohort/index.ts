export * from './cadence';
export * from './describe-cadence';
export * from './health-report';
export * from './privacy-checklist';
