import { render } from 'preact';
import { App } from './App';
import { requestPersistentStorage } from '../../storage/persist';

void requestPersistentStorage();
render(<App />, document.getElementById('app')!);
