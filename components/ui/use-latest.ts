'use client';
import { useEffect, useRef } from 'react';

/**
 * A ref that always holds the value of the last render: a listener registered once (a socket
 * event, a room subscription) calls the current callback without re-registering.
 */
export function useLatest<T>(value: T) {
  const latest = useRef(value);
  useEffect(() => {
    latest.current = value;
  });
  return latest;
}
