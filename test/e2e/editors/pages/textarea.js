// Mastodon / Instagram: a React 18 controlled <textarea>.
import React, { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { exposeState } from './shell.js';

let latest = '';
exposeState(() => latest);

function Composer() {
  const [value, setValue] = useState('');
  latest = value;
  return React.createElement(
    'form',
    { onSubmit: (e) => e.preventDefault() },
    React.createElement('textarea', {
      className: 'autosuggest-textarea__textarea',
      'aria-label': 'Add a comment…',
      value,
      onChange: (e) => {
        latest = e.target.value;
        setValue(e.target.value);
      },
    }),
    React.createElement('button', { id: 'send', type: 'button', disabled: value.trim() === '' }, 'Post'),
  );
}

createRoot(document.getElementById('app')).render(React.createElement(Composer));
