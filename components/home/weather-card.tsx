import { precipitationLabel, skyLabel, type HourlyForecast, type WeatherWithPlace } from '@/lib/weather/schema';
import { clockTime, seoulParts } from '@/lib/core/seoul-time';

/** Words, not emoji: they read out the same everywhere and need no emoji font. */
const condition = (w: Pick<HourlyForecast, 'precipitation' | 'sky'>) =>
  w.precipitation !== 'none' ? precipitationLabel[w.precipitation] : w.sky ? skyLabel[w.sky] : '–';

/** The neighbourhood's weather now and for the next hours (기상청 초단기실황 / 초단기예보). */
export function WeatherCard({ weather }: { weather: WeatherWithPlace }) {
  const details = [
    weather.humidity !== null && `습도 ${weather.humidity}%`,
    weather.windSpeed !== null && `바람 ${weather.windSpeed}m/s`,
    weather.rain1h ? `1시간 강수 ${weather.rain1h}mm` : null,
  ].filter(Boolean);
  return (
    <section aria-label={`${weather.neighbourhood.dong} 날씨`} data-testid="weather-card" className="rounded-2xl border border-sky-100 bg-gradient-to-br from-sky-50 to-white p-5 shadow-sm">
      <div>
        <div>
          <p className="text-sm font-medium text-stone-600">{weather.neighbourhood.dong} 지금 날씨</p>
          <p className="text-3xl font-extrabold" data-testid="weather-temperature">
            {Math.round(weather.temperature * 10) / 10}℃ <span className="text-lg font-semibold text-stone-700">{weather.summary}</span>
          </p>
          {details.length > 0 && <p className="text-sm text-stone-700">{details.join(' · ')}</p>}
        </div>
      </div>
      {weather.hourly.length > 0 && (
        <ol className="mt-4 grid grid-cols-3 gap-1 text-center text-xs sm:grid-cols-6" aria-label="앞으로 6시간">
          {weather.hourly.slice(0, 6).map((h) => (
            <li key={h.at} className="flex flex-col items-center gap-0.5 rounded-lg bg-white/70 py-2">
              <span className="text-stone-600">{seoulParts(h.at).hour}시</span>
              <span className="text-stone-700">{condition(h)}</span>
              <span className="font-semibold">{h.temperature !== null ? `${Math.round(h.temperature)}°` : '–'}</span>
            </li>
          ))}
        </ol>
      )}
      <p className="mt-3 text-xs text-stone-600">
        기상청 초단기실황 · {clockTime(weather.observedAt)} 관측
      </p>
    </section>
  );
}
