"use client";
import { useEffect, useRef, useState } from "react";
import type { FieldValues, UseFormReturn } from "react-hook-form";

const PREFIX = "cqm-draft:";

/** Drops a saved draft, e.g. after an "add" form was saved, so it is not offered back later. */
export function forgetDraft(key: string): void {
  window.sessionStorage.removeItem(PREFIX + key);
}

/**
 * Keeps what someone is typing in this browser tab (sessionStorage, cleared when the tab closes)
 * so nothing is lost if the save fails or their session ends. On return, a draft that differs
 * from what is saved is put back and `restored` becomes true; a draft equal to it is dropped.
 */
export function useFormDraft<T extends FieldValues, TOut extends FieldValues>(key: string | undefined, form: UseFormReturn<T, unknown, TOut>, saved: T) {
  const [restored, setRestored] = useState(false);
  const savedJson = useRef(JSON.stringify(saved));

  useEffect(() => {
    if (!key) return;
    const raw = window.sessionStorage.getItem(PREFIX + key);
    if (!raw) return;
    if (raw === savedJson.current) {
      window.sessionStorage.removeItem(PREFIX + key);
      return;
    }
    try {
      const draft = JSON.parse(raw) as T;
      form.reset({ ...JSON.parse(savedJson.current), ...draft });
      // Restoring happens once, after hydration, from storage React cannot read on the server.
      // eslint-disable-next-line react-hooks/set-state-in-effect
      setRestored(true);
    } catch {
      window.sessionStorage.removeItem(PREFIX + key);
    }
  }, [key, form]);

  useEffect(() => {
    if (!key) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const subscription = form.watch((values) => {
      clearTimeout(timer);
      timer = setTimeout(() => window.sessionStorage.setItem(PREFIX + key, JSON.stringify(values)), 300);
    });
    return () => {
      clearTimeout(timer);
      subscription.unsubscribe();
    };
  }, [key, form]);

  return { restored };
}
