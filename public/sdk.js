/*! Audience Studio browser SDK. Plain JavaScript, no build step, no dependencies. Docs: docs/SDK.md */
(function (window, document) {
  'use strict';
  if (window.AudienceStudio && window.AudienceStudio.version) return;

  var VERSION = '1.0.0';
  var KEYS = { anon: 'as_anon_id', user: 'as_user_id', queue: 'as_queue' };
  var MAX_BATCH = 50; // messages per request
  var MAX_QUEUE = 1000; // oldest messages are dropped beyond this (an offline visitor must not fill storage)
  var BEACON_BYTES = 60000; // sendBeacon refuses payloads over ~64 KB
  var script = document.currentScript;

  var config = null;
  var queue = [];
  var timer = null;
  var inFlight = false;
  var failures = 0;
  var pendingSlots = null; // slots asked for in this tick: one evaluate request serves them all

  // ---- storage and ids ----
  function load(key) {
    try { return window.localStorage.getItem(key); } catch (e) { return null; }
  }
  function save(key, value) {
    try {
      if (value === null) window.localStorage.removeItem(key);
      else window.localStorage.setItem(key, value);
    } catch (e) { /* private mode or full: keep working in memory */ }
  }
  function uuid() {
    if (window.crypto && window.crypto.randomUUID) return window.crypto.randomUUID();
    return 'xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx'.replace(/[xy]/g, function (c) {
      var r = (Math.random() * 16) | 0;
      return (c === 'x' ? r : (r & 3) | 8).toString(16);
    });
  }
  function anonymousId() {
    var id = load(KEYS.anon);
    if (!id) save(KEYS.anon, (id = uuid()));
    return id;
  }
  function userId() { return load(KEYS.user); }

  // ---- context ----
  function utm() {
    var out = {};
    var params = new URLSearchParams(window.location.search);
    ['source', 'medium', 'campaign', 'term', 'content'].forEach(function (k) {
      var v = params.get('utm_' + k);
      if (v) out['utm_' + k] = v;
    });
    return out;
  }
  function timezone() {
    try { return Intl.DateTimeFormat().resolvedOptions().timeZone || undefined; } catch (e) { return undefined; }
  }
  /** Flat context for evaluation; empty values are left out so they never hide the stored ones. */
  function flatContext() {
    var ctx = utm();
    var extra = { userAgent: navigator.userAgent, timezone: timezone(), referrer: document.referrer, locale: navigator.language };
    for (var k in extra) if (extra[k]) ctx[k] = extra[k];
    return ctx;
  }
  /** Segment-style context for events (the server flattens it the same way). */
  function eventContext() {
    var u = utm();
    var campaign = {};
    if (u.utm_source) campaign.source = u.utm_source;
    if (u.utm_medium) campaign.medium = u.utm_medium;
    if (u.utm_campaign) campaign.name = u.utm_campaign;
    if (u.utm_term) campaign.term = u.utm_term;
    if (u.utm_content) campaign.content = u.utm_content;
    var ctx = {
      library: { name: 'audience-studio.js', version: VERSION },
      page: { url: window.location.href, path: window.location.pathname, title: document.title, referrer: document.referrer, search: window.location.search },
      userAgent: navigator.userAgent,
      locale: navigator.language,
      campaign: campaign
    };
    var tz = timezone();
    if (tz) ctx.timezone = tz;
    return ctx;
  }

  // ---- the queue: batched, persisted, retried with backoff, flushed by beacon on pagehide ----
  function persist() { save(KEYS.queue, queue.length ? JSON.stringify(queue) : null); }
  function enqueue(message) {
    requireInit();
    message.messageId = uuid(); // the server counts a repeated messageId once, so every retry is safe
    message.timestamp = new Date().toISOString();
    message.anonymousId = anonymousId();
    var uid = userId();
    if (uid) message.userId = uid;
    message.context = eventContext();
    queue.push(message);
    if (queue.length > MAX_QUEUE) queue.splice(0, queue.length - MAX_QUEUE);
    persist();
    schedule(config.flushInterval);
  }
  function schedule(delay) {
    if (timer || !queue.length) return;
    timer = setTimeout(function () { timer = null; flush(); }, delay);
  }
  function backoff() {
    // 1 s, 2 s, 4 s … up to 60 s, with jitter so many tabs do not retry in step.
    var base = Math.min(60000, 1000 * Math.pow(2, failures - 1));
    return base / 2 + Math.random() * (base / 2);
  }
  function payload(batch) {
    return JSON.stringify({ writeKey: config.apiKey, batch: batch, sentAt: new Date().toISOString() });
  }
  function flush() {
    if (!config || inFlight || !queue.length) return Promise.resolve();
    inFlight = true;
    var batch = queue.slice(0, MAX_BATCH);
    // text/plain with the key in the body: a "simple" request, no CORS preflight.
    return fetch(config.host + '/api/v1/batch', { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: payload(batch), keepalive: true })
      .then(function (res) {
        // 2xx: stored. Other 4xx but 429: the data will not get better by resending it.
        if (res.ok || (res.status >= 400 && res.status < 500 && res.status !== 429)) {
          if (!res.ok && window.console) console.warn('[AudienceStudio] batch refused (' + res.status + ')');
          return true;
        }
        return false;
      }, function () { return false; })
      .then(function (done) {
        inFlight = false;
        if (done) {
          queue.splice(0, batch.length);
          failures = 0;
          persist();
          schedule(0);
        } else {
          failures++;
          schedule(backoff());
        }
      });
  }
  function flushByBeacon() {
    if (!config || !queue.length || !navigator.sendBeacon) return;
    var sent = 0;
    while (sent < queue.length) {
      var count = Math.min(MAX_BATCH, queue.length - sent);
      var body = payload(queue.slice(sent, sent + count));
      while (body.length > BEACON_BYTES && count > 1) body = payload(queue.slice(sent, sent + (count = Math.ceil(count / 2))));
      if (!navigator.sendBeacon(config.host + '/api/v1/batch', new Blob([body], { type: 'text/plain' }))) break;
      sent += count;
    }
    queue.splice(0, sent);
    persist(); // what the browser would not take waits for the next page
  }

  // ---- content ----
  function evaluate(slots) {
    var body = { context: flatContext(), slots: slots };
    body.externalId = userId() || anonymousId();
    return fetch(config.host + '/api/v1/evaluate', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: 'Bearer ' + config.apiKey },
      body: JSON.stringify(body)
    }).then(function (res) {
      return res.json().then(function (json) {
        if (!res.ok) throw new Error('[AudienceStudio] evaluate failed: ' + ((json.error && json.error.message) || res.status));
        return json;
      });
    });
  }
  function getContent(slot) {
    requireInit();
    if (!pendingSlots) {
      var batch = (pendingSlots = { slots: [], promise: null });
      batch.promise = Promise.resolve().then(function () {
        pendingSlots = null;
        return evaluate(batch.slots);
      });
    }
    if (pendingSlots.slots.indexOf(slot) < 0) pendingSlots.slots.push(slot);
    return pendingSlots.promise.then(function (result) {
      var entry = result.content[slot];
      return entry && entry.content ? { variant: entry.variant, experiment: entry.experiment, segments: result.segments, content: decodeContent(entry.content) } : null;
    });
  }

  // The server HTML-escapes every field (& < > " ' `), so a site that inserts it as markup is
  // safe. Here it goes in as text, so it is decoded first — exactly those six entities, &amp;
  // last, so "&amp;lt;" stays the literal text "&lt;".
  var ENTITIES = { '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&#96;': '`', '&amp;': '&' };
  function decode(text) {
    return String(text).replace(/&(lt|gt|quot|#39|#96|amp);/g, function (m) { return ENTITIES[m]; });
  }
  function decodeContent(content) {
    var out = {};
    for (var k in content) out[k] = k === 'layout' ? content[k] : decode(content[k]);
    return out;
  }
  function safeUrl(url) {
    var cleaned = String(url).replace(/[\u0000-\u0020\u007f]/g, '');
    var scheme = /^([a-z][a-z0-9+.-]*):/i.exec(cleaned);
    return !scheme || /^(https?|mailto|tel)$/i.test(scheme[1]);
  }

  /**
   * Fills an element with decoded content, as text only (never innerHTML): children marked
   * data-as-field="headline|body|ctaText|imageUrl|ctaUrl" get their field; without any, a
   * heading, paragraph, image and link are created. The layout lands in data-as-layout.
   */
  function render(target, result) {
    var el = typeof target === 'string' ? document.querySelector(target) : target;
    if (!el) return null;
    var content = result && result.content ? result.content : result;
    if (!content) return el;
    if (!el.querySelector('[data-as-field]')) {
      [['h2', 'headline'], ['p', 'body'], ['img', 'imageUrl'], ['a', 'ctaUrl']].forEach(function (pair) {
        var child = document.createElement(pair[0]);
        child.setAttribute('data-as-field', pair[1]);
        el.appendChild(child);
      });
    }
    el.setAttribute('data-as-layout', content.layout || '');
    var fields = el.querySelectorAll('[data-as-field]');
    for (var i = 0; i < fields.length; i++) {
      var node = fields[i];
      var name = node.getAttribute('data-as-field');
      var value = content[name] || '';
      if (name === 'imageUrl') {
        if (value && safeUrl(value)) node.setAttribute('src', value);
        else node.removeAttribute('src');
        node.hidden = !value;
      } else if (name === 'ctaUrl') {
        if (value && safeUrl(value)) node.setAttribute('href', value);
        else node.removeAttribute('href');
        // The link carries the button text unless the page has a ctaText element of its own.
        if (!el.querySelector('[data-as-field="ctaText"]')) node.textContent = content.ctaText || '';
        node.hidden = !value;
      } else {
        node.textContent = value;
      }
    }
    return el;
  }

  // ---- public API ----
  function requireInit() {
    if (!config) throw new Error('[AudienceStudio] call AudienceStudio.init({ apiKey, host }) first');
  }
  function scriptOrigin() {
    try { return script && script.src ? new URL(script.src).origin : window.location.origin; } catch (e) { return window.location.origin; }
  }
  function init(options) {
    if (!options || !options.apiKey) throw new Error('[AudienceStudio] init needs { apiKey }: a key with the ingest and evaluate scopes');
    config = {
      apiKey: options.apiKey,
      host: String(options.host || scriptOrigin()).replace(/\/+$/, ''),
      flushInterval: options.flushInterval == null ? 1000 : options.flushInterval
    };
    try { queue = JSON.parse(load(KEYS.queue) || '[]'); } catch (e) { queue = []; }
    if (!window.__audienceStudioListening) {
      window.__audienceStudioListening = true;
      window.addEventListener('pagehide', flushByBeacon);
      document.addEventListener('visibilitychange', function () { if (document.visibilityState === 'hidden') flushByBeacon(); });
    }
    schedule(0);
    return api;
  }
  function identify(id, traits) {
    requireInit();
    if (id !== undefined && id !== null && id !== '') save(KEYS.user, String(id));
    enqueue({ type: 'identify', traits: traits || {} });
  }
  function track(event, properties) { enqueue({ type: 'track', event: event, properties: properties || {} }); }
  function page(name, properties) {
    var message = { type: 'page', properties: properties || {} };
    if (name) message.name = name;
    enqueue(message);
  }
  function reset() {
    save(KEYS.user, null);
    save(KEYS.anon, null);
  }

  var api = {
    version: VERSION,
    init: init,
    identify: identify,
    track: track,
    page: page,
    getContent: getContent,
    render: render,
    flush: flush,
    reset: reset,
    user: function () { return { userId: userId(), anonymousId: anonymousId() }; }
  };
  window.AudienceStudio = api;
})(window, document);
