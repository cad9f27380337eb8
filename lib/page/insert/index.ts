export { detectEditor, findEditable } from './detect';
export { insertText } from './insert';
export { requestMainWorldInsert, listenForInsertRequests } from './bridge';
export type { InsertOptions, InsertResult, Strategy, FailReason } from './types';
