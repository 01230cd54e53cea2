export { createApp, loadTypeDefs, type ApiServer, type ApiConfig, type AppOptions } from './server';
export type { RequestStats } from './plugins';
