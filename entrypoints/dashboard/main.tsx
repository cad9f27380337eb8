import { render } from 'preact';
import { Dashboard } from '../../components/app/Dashboard';
import '../../components/ui/base.css';
import './dashboard.css';

render(<Dashboard />, document.getElementById('app')!);
