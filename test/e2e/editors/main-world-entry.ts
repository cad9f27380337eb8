// The main-world inserter as entrypoints/main-world.content runs it.
import { startMainWorldInserter } from '../../../lib/page/insert/main-world';

startMainWorldInserter();
