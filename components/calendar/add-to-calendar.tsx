import { endpointUrl } from '@/lib/http/client';
import { gameCalendarEndpoint, reservationCalendarEndpoint } from '@/lib/http/routes';

const paths = { reservation: reservationCalendarEndpoint, game: gameCalendarEndpoint };

/** "캘린더에 추가": downloads the .ics of one booking or game, which phones and desktops open in their calendar. */
export function AddToCalendar({ kind, id }: { kind: keyof typeof paths; id: number }) {
  return (
    <a
      href={endpointUrl(paths[kind], { params: { id } })}
      download
      className="inline-flex min-h-11 items-center rounded-lg border border-stone-300 bg-white px-3 text-sm font-semibold text-stone-800 hover:bg-stone-100"
    >
      캘린더에 추가
    </a>
  );
}
