// X / TikTok: Draft.js 0.11.7 on React 18 (draft-js still calls findDOMNode).
import React, { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { Editor, EditorState } from 'draft-js';
import { exposeState } from './shell.js';

let latest = EditorState.createEmpty();
exposeState(() => latest.getCurrentContent().getPlainText('\n'));

function Composer() {
  const [state, setState] = useState(latest);
  latest = state;
  const empty = !state.getCurrentContent().hasText();
  return React.createElement(
    'div',
    null,
    React.createElement(
      'div',
      { 'data-testid': 'tweetTextarea_0_label' },
      React.createElement(Editor, {
        editorState: state,
        onChange: (next) => {
          latest = next;
          setState(next);
        },
        placeholder: 'Post your reply',
        ariaLabel: 'Post text',
        webDriverTestID: 'tweetTextarea_0',
      }),
    ),
    React.createElement('button', { id: 'send', type: 'button', disabled: empty }, 'Reply'),
  );
}

createRoot(document.getElementById('app')).render(React.createElement(Composer));
