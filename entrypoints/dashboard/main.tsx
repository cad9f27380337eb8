import { render } from 'preact';
import { Dashboard } from '../../components/app/Dashboard';
import '../../components/ui/base.css';
import '../../components/engagement/engagement.css';
import './dashboard.css';
import '../../components/calendar/calendar.css';
import '../../components/calendar-section/section.css';

render(<Dashboard />, document.getElementById('app')!);
