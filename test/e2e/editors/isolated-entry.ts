// The insertion library as a content script would hold it, for the isolated world the e2e test creates.
import { detectEditor, findEditable, insertText, requestMainWorldInsert } from '../../../lib/page/insert';

(globalThis as Record<string, unknown>).__cocktailInsert = { detectEditor, findEditable, insertText, requestMainWorldInsert };
