import { mealCategories } from '@/db/constants/boards';
import { z } from '@/lib/core/zod';

export const recommendation = z.object({
  name: z.string(),
  category: z.enum(mealCategories),
  /** One line in Korean: why this menu today. */
  reason: z.string(),
  /** The category's board: /posts?category=… */
  boardUrl: z.string(),
  /** A new post with the category chosen: /posts/new?category=… */
  newPostUrl: z.string(),
});
export type RecommendationView = z.infer<typeof recommendation>;

export const mealTimes = ['breakfast', 'lunch', 'afternoon', 'dinner', 'late_night'] as const;

export const recommendationsView = z.object({
  date: z.iso.date(),
  mealTime: z.enum(mealTimes),
  mealTimeLabel: z.string(),
  weather: z.object({ summary: z.string(), temperature: z.number() }).nullable(),
  trending: z.array(z.object({ category: z.enum(mealCategories), openPosts: z.number().int() })),
  items: z.array(recommendation),
  /** `model` when OPENAI_API_KEY is set and the model answered in time with five valid menus; else `rules`. */
  source: z.enum(['model', 'rules']),
});
export type RecommendationsView = z.infer<typeof recommendationsView>;

export const chatMessage = z.object({
  role: z.enum(['user', 'assistant']),
  text: z.string(),
  menus: z.array(recommendation).optional(),
  /** Who answered: the readable rules, or the configured chat model. */
  source: z.enum(['rules', 'model']).optional(),
  at: z.iso.datetime(),
});
export type ChatMessage = z.infer<typeof chatMessage>;

export const MODEL_QUESTIONS_PER_DAY = 10;
export const MAX_MESSAGES_PER_DAY = 60;

export const conversationView = z.object({
  date: z.iso.date(),
  messages: z.array(chatMessage),
  model: z.object({
    enabled: z.boolean(),
    /** Model questions left today (null when no model is configured). */
    remaining: z.number().int().nullable(),
  }),
});
export type ConversationView = z.infer<typeof conversationView>;

export const askBody = z.object({
  message: z
    .string({ error: '메시지를 입력해 주세요.' })
    .trim()
    .min(1, '메시지를 입력해 주세요.')
    .max(200, '메시지는 200자 이하여야 합니다.'),
});
export type AskInput = z.infer<typeof askBody>;
