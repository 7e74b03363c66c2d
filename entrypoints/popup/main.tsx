import { render } from 'preact';
import { App } from './App';
import { requestPersistentStorage } from '../../components/persist-storage';

requestPersistentStorage();
render(<App />, document.getElementById('app')!);
