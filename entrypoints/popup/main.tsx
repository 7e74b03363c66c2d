import { render } from 'preact';
import { App } from './App';
import { requestPersistentStorage } from '../../storage/queries';

void requestPersistentStorage();
render(<App />, document.getElementById('app')!);
