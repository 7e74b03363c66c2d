/** The library page's one connection to the database (read-only use: writes go to the background). */
import { openNewsmarkDB } from '../../storage/queries';

export const db = openNewsmarkDB();
