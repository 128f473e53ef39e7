import type { User } from '../schema';
import type { Db } from '../client';
import { createPost } from '@/lib/boards/mutations';
import type { CreatePostInput } from '@/lib/boards/schema';
import { joinRoom, sendMessage } from '@/lib/chat/mutations';

type DemoPost = CreatePostInput & { author: string; joiners: string[]; chat: [string, string][] };

/** A few open and finished group orders per neighbourhood, with people already talking. */
const DEMO_POSTS: DemoPost[] = [
  { author: 'minji@dongne.test', title: '저녁 7시 치킨 반반 같이 시켜요', category: '치킨', targetNumber: 4, content: '용담 해안도로 편의점 앞에서 받아요. 배달비 나눠요!', joiners: ['junho@dongne.test'], chat: [['minji@dongne.test', '7시 괜찮으세요?'], ['junho@dongne.test', '좋아요! 양념 반 후라이드 반이요']] },
  { author: 'seoyeon@dongne.test', title: '고기국수 포장 같이 하실 분', category: '백반,죽,국수', targetNumber: 3, content: '점심에 자매국수 포장해요. 2인분 이상이면 할인!', joiners: ['dohyun@dongne.test', 'minji@dongne.test'], chat: [['dohyun@dongne.test', '비빔으로 하나 부탁드려요']] },
  { author: 'junho@dongne.test', title: '야식 족발 소자 나눠 드실 분', category: '족발,보쌈', targetNumber: 2, content: '밤 10시쯤 주문 예정입니다.', joiners: [], chat: [] },
  { author: 'jiwoo@dongne.test', title: '통인시장 근처 떡볶이 같이 시켜요', category: '분식', targetNumber: 3, content: '경복궁역 2번 출구에서 받아요.', joiners: ['sujin@dongne.test'], chat: [['sujin@dongne.test', '순대도 추가해요!']] },
  { author: 'hyunwoo@dongne.test', title: '러닝 끝나고 샐러드 도시락', category: '도시락', targetNumber: 4, content: '인왕산 러닝 후 8시에 받아요.', joiners: ['taeyang@dongne.test'], chat: [] },
  { author: 'yuna@dongne.test', title: '홍대 피자 라지 두 판 나눠요', category: '피자', targetNumber: 5, content: '스터디 끝나고 9시에 주문해요. 서교동 주민센터 앞.', joiners: ['minseok@dongne.test', 'haeun@dongne.test'], chat: [['yuna@dongne.test', '페퍼로니 하나, 고구마 하나 어때요?'], ['haeun@dongne.test', '찬성입니다 🍕']] },
  { author: 'jihoon@dongne.test', title: '마라탕 같이 시키실 분', category: '아시안', targetNumber: 2, content: '최소주문금액 채워요.', joiners: ['minseok@dongne.test'], chat: [] },
  { author: 'haeun@dongne.test', title: '카페 디저트 세트 공동주문', category: '카페,디저트', targetNumber: 3, content: '케이크 한 판 나눠요.', joiners: [], chat: [] },
];

export async function seedBoards(db: Db, usersByEmail: Map<string, User>) {
  let created = 0;
  for (const { author, joiners, chat, ...input } of DEMO_POSTS) {
    const post = await createPost(db, usersByEmail.get(author)!, input);
    for (const email of joiners) await joinRoom(db, usersByEmail.get(email)!, post.chatRoomId);
    for (const [email, body] of chat) await sendMessage(db, usersByEmail.get(email)!, post.chatRoomId, { body });
    created++;
  }
  return created;
}
