import { render } from 'preact';
import { Library } from './Library';
import { requestPersistentStorage } from '../../components/persist-storage';

requestPersistentStorage();
render(<Library />, document.getElementById('app')!);
