import { getDb } from '../../db/client';
import type { User } from '../../db/schema';
import { createPost } from '../../lib/boards/mutations';
import type { CreatePostInput } from '../../lib/boards/schema';

export const postInput = (over: Partial<CreatePostInput> = {}): CreatePostInput => ({
  title: '치킨 같이 시켜요',
  category: '치킨',
  targetNumber: 4,
  content: '용담 해안도로 쪽에서 같이 받아요',
  ...over,
});

export const createTestPost = (author: User, over: Partial<CreatePostInput> = {}) => createPost(getDb(), author, postInput(over));
