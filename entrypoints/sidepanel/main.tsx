import { render } from 'preact';
import { Popup } from '../../components/app/Popup';
import '../../components/ui/base.css';
import '../../components/engagement/engagement.css';
import './sidepanel.css';

render(<Popup surface="sidepanel" />, document.getElementById('app')!);
