import { getDb } from '../../db/client';
import type { User } from '../../db/schema';
import { createPost } from '../../lib/community/mutations';
import type { CreatePostInput } from '../../lib/community/schema';

export const communityInput = (over: Partial<CreatePostInput> = {}): CreatePostInput => ({
  title: '용담 해안도로 산책 코스 추천해요',
  category: 'daily',
  content: '해 질 녘에 **용두암**까지 걸으면 좋아요.',
  tags: ['산책'],
  ...over,
});

export const createCommunityPost = (author: User, over: Partial<CreatePostInput> = {}) =>
  createPost(getDb(), author, communityInput(over));
