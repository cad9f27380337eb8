import { defineMessages } from '../../lib/i18n';

export const todayText = defineMessages('calendar.today', {
  fr: {
    title: "Publications d'aujourd'hui", overdue: 'En retard ({count})', today: "Aujourd'hui ({count})",
    nothing: "Rien de prévu aujourd'hui, rien en retard.", copy: 'Copier le texte', copyFor: 'Copier le texte pour {platform}',
    copied: 'Texte copié.', copyFailed: 'Copie impossible.', open: 'Ouvrir {platform}', published: 'Marquer publiée',
    markedPublished: 'Marquée publiée.', saveFailed: "Non enregistré ({error}).", calendar: 'Ouvrir le calendrier', noText: '(sans texte)',
  },
  en: {
    title: "Today's posts", overdue: 'Overdue ({count})', today: 'Today ({count})',
    nothing: 'Nothing planned today, nothing overdue.', copy: 'Copy the text', copyFor: 'Copy the text for {platform}',
    copied: 'Text copied.', copyFailed: 'Could not copy.', open: 'Open {platform}', published: 'Mark published',
    markedPublished: 'Marked published.', saveFailed: 'Not saved ({error}).', calendar: 'Open the calendar', noText: '(no text)',
  },
});
