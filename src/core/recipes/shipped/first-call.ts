import type { Recipe } from '../types';

export const firstCall: Recipe = {
  id: 'first-call',
  title: 'First call: who am I?',
  summary: 'Check the key with GET /users/me.',
  description:
    'The call every integration starts with: `GET /api/3/users/me` answers with the user who owns the API key. ' +
    'A 200 proves the API URL and the key work; a 403 means the key is wrong or was reset. Changes nothing.',
  steps: [
    {
      id: 'who-am-i',
      methodId: 'v3.users.me',
      does: 'Asks who owns the API key: each user has their own key, with that user’s permissions.',
      values: { params: {} },
      check: { status: 200, fields: ['user.id', 'user.email'] },
    },
  ],
  next: [
    { label: 'Read Getting started', guideId: 'getting-started' },
    { label: 'Ask the same with v1 (user_me)', methodId: 'v1.user_me' },
  ],
};
