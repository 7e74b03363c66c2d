import { render } from 'preact';
import { Library } from './Library';
import './groups.css';
import { requestPersistentStorage } from '../../storage/queries';

void requestPersistentStorage();
render(<Library />, document.getElementById('app')!);
