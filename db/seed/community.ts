import type { User } from '../schema';
import type { Db } from '../client';
import { addComment, createPost } from '@/lib/community/mutations';
import { viewPost } from '@/lib/community/queries';
import type { CreatePostInput } from '@/lib/community/schema';

type DemoPost = CreatePostInput & { author: string; readers: string[]; comments: [string, string][] };

/** Questions, tips and news in each demo neighbourhood, already read and answered by neighbours. */
const DEMO_POSTS: DemoPost[] = [
  {
    author: 'seoyeon@dongne.test', category: 'question', title: '용담2동 분리수거 요일 아시는 분?',
    content: '이사 온 지 얼마 안 됐어요. **플라스틱**이랑 캔은 무슨 요일에 내놓나요?', tags: ['분리수거', '이사'],
    readers: ['minji@dongne.test', 'junho@dongne.test', 'dohyun@dongne.test'],
    comments: [['minji@dongne.test', '플라스틱은 월·목, 캔은 화요일이에요!'], ['seoyeon@dongne.test', '감사합니다 😊']],
  },
  {
    author: 'minji@dongne.test', category: 'food', title: '해안도로 고기국수집 추천',
    content: '용두암 근처 국숫집 다녀왔어요.\n\n- 고기국수 9,000원\n- 비빔국수도 맛있어요\n\n주말엔 줄이 길어요.', tags: ['고기국수', '용두암'],
    readers: ['junho@dongne.test', 'seoyeon@dongne.test'],
    comments: [['junho@dongne.test', '저도 거기 단골이에요']],
  },
  {
    author: 'dohyun@dongne.test', category: 'lost', title: '회색 고양이를 찾습니다',
    content: '어제 저녁 용담 공원 근처에서 잃어버렸어요. 목에 **파란 방울**을 달고 있어요. 보시면 댓글 부탁드려요.', tags: ['고양이', '실종'],
    readers: ['minji@dongne.test'], comments: [],
  },
  {
    author: 'hyunwoo@dongne.test', category: 'exercise', title: '토요일 아침 인왕산 러닝 같이 해요',
    content: '7시에 사직공원 앞에서 출발해요. 초보도 환영!', tags: ['러닝', '인왕산'],
    readers: ['jiwoo@dongne.test', 'taeyang@dongne.test'],
    comments: [['jiwoo@dongne.test', '저 갈게요!']],
  },
  {
    author: 'taeyang@dongne.test', category: 'info', title: '통인시장 엽전 도시락 운영 시간 바뀌었어요',
    content: '이번 달부터 **오전 11시 ~ 오후 4시**까지래요.', tags: ['통인시장'],
    readers: ['sujin@dongne.test'], comments: [],
  },
  {
    author: 'haeun@dongne.test', category: 'hobby', title: '서교동 보드게임 모임 하실 분',
    content: '평일 저녁에 카페에서 두어 시간 해요. 좋아하는 게임 적어 주세요!', tags: ['보드게임', '모임'],
    readers: ['yuna@dongne.test', 'minseok@dongne.test', 'jihoon@dongne.test'],
    comments: [['minseok@dongne.test', '스플렌더 좋아해요'], ['jihoon@dongne.test', '저도 끼워 주세요']],
  },
  {
    author: 'yuna@dongne.test', category: 'daily', title: '오늘 홍대 앞 하늘 정말 예뻤어요',
    content: '퇴근길에 본 노을 공유해요. 다들 좋은 저녁 보내세요.', tags: ['노을'],
    readers: ['haeun@dongne.test'], comments: [],
  },
];

export async function seedCommunity(db: Db, usersByEmail: Map<string, User>) {
  const user = (email: string) => usersByEmail.get(email)!;
  for (const { author, readers, comments, ...input } of DEMO_POSTS) {
    const post = await createPost(db, user(author), input);
    for (const email of readers) await viewPost(db, post.id, user(email).id);
    for (const [email, content] of comments) await addComment(db, user(email), post.id, { content });
  }
  return DEMO_POSTS.length;
}
