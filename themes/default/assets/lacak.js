// Pasar Terbuka: the complaint lookup (/lacak/). The page works without this script: it then says
// where a complaint can be found. The rules for numbers and files repeat TrackingNumber and
// TrackingFiles in the program exactly; every text comes from the theme's translation files.
(function () {
  "use strict";
  var configElement = document.getElementById("lacak-config");
  var form = document.getElementById("lacak-form");
  var input = document.getElementById("nomor");
  var result = document.getElementById("lacak-result");
  var fallback = document.getElementById("lacak-without-script");
  if (!configElement || !form || !input || !result) { return; }
  var config = JSON.parse(configElement.textContent);
  var T = config.texts, F = config.format;
  var supported = !!(window.fetch && window.DecompressionStream && window.Response && window.Blob && window.URLSearchParams);

  function fill(template, values) {
    return String(template).replace(/\{(\w+)\}/g, function (whole, name) {
      return Object.prototype.hasOwnProperty.call(values, name) ? values[name] : whole;
    });
  }

  // ADU-202412-0001, adu 202412 0001 and ADU2024120001 are one number (TrackingNumber.key).
  function key(number) { return String(number).replace(/[^A-Za-z0-9]/g, "").toUpperCase(); }
  // The year the number carries: the first run of four or more digits, when it begins with 20.
  function partition(k) {
    var run = /[0-9]{4,}/.exec(k);
    return run && run[0].slice(0, 2) === "20" ? run[0].slice(0, 4) : "lain";
  }
  // FNV-1a, 32 bits.
  function hash(k) {
    var h = 0x811c9dc5;
    for (var i = 0; i < k.length; i++) { h = Math.imul(h ^ k.charCodeAt(i), 0x01000193) >>> 0; }
    return h >>> 0;
  }

  // Dates and times in WIB (UTC+7), as the pages write them.
  function wib(seconds) {
    var d = new Date((seconds + 7 * 3600) * 1000);
    return { year: d.getUTCFullYear(), month: d.getUTCMonth(), day: d.getUTCDate(), hour: d.getUTCHours(),
             minute: d.getUTCMinutes(), weekday: (d.getUTCDay() + 6) % 7 };
  }
  function two(n) { return (n < 10 ? "0" : "") + n; }
  function date(seconds) { var t = wib(seconds); return fill(F.date, { day: t.day, month: config.months[t.month], year: t.year }); }
  function weekdayDate(seconds) { return fill(F.weekday_date, { weekday: config.weekdays[wib(seconds).weekday], date: date(seconds) }); }
  function dateTime(seconds) {
    var t = wib(seconds);
    return fill(F.datetime, { date: date(seconds), time: fill(F.time, { hour: two(t.hour), minute: two(t.minute) }) });
  }
  function decimal(value) {
    var parts = (Math.round(value * 10) / 10).toFixed(1).split(".");
    return parts[0].replace(/\B(?=(\d{3})+(?!\d))/g, F.group_separator) + F.decimal_separator + parts[1];
  }
  function duration(seconds) {
    return seconds < 48 * 3600 ? fill(F.hours, { value: decimal(seconds / 3600) }) : fill(F.days, { value: decimal(seconds / 86400) });
  }
  function amount(value, unit) {
    var name = { j: "unit_hours", h: "unit_days", k: "unit_working_days" }[unit];
    return fill(value === 1 && F[name + "_one"] ? F[name + "_one"] : F[name], { value: value });
  }
  function limit(code) { var m = /^(\d+)([jhk])$/.exec(code) || ["", "0", "k"]; return { text: amount(parseInt(m[1], 10), m[2]), unit: m[2] }; }
  // A working-day deadline ends at 23:59:59 of its day: the day says it; hours and days need the time.
  function deadline(seconds, unit) { return unit === "k" ? weekdayDate(seconds) : dateTime(seconds); }

  function element(name, text, className) {
    var e = document.createElement(name);
    if (text !== undefined) { e.textContent = text; }
    if (className) { e.className = className; }
    return e;
  }
  function say(text) { result.textContent = ""; result.appendChild(element("p", text)); }

  // One complaint as it stood at the page's as-of moment (TrackedComplaint.view in the program).
  function show(file, r) {
    var asOf = config.as_of;
    var received = r[5];
    var responded = r[7] !== null && received + r[7] <= asOf ? received + r[7] : null;
    var closed = r[8] !== null && received + r[8] <= asOf ? received + r[8] : null;
    var state = r[9] === "s" && closed !== null ? "resolved" : r[9] === "t" && closed !== null ? "rejected" : "open";
    var standards = String(file.s[r[3]]).split("/");
    var respond = limit(standards[0]), resolve = limit(standards[1]);
    var market = file.m[r[0]] || ["", ""], category = file.k[r[1]] || ["", ""], channel = file.h[r[2]] || "";

    var box = element("article", undefined, "tracked");
    box.appendChild(element("h2", fill(T.heading, { number: r[4] })));
    var facts = element("dl", undefined, "facts");
    function fact(label, value) {
      facts.appendChild(element("dt", label));
      var dd = element("dd");
      if (value && value.nodeType) { dd.appendChild(value); } else { dd.textContent = value; }
      facts.appendChild(dd);
    }
    var link = element("a", market[1]);
    link.href = config.home + "pasar/" + encodeURIComponent(market[0]) + "/";
    fact(T.market, link);
    fact(T.category, category[1]);
    fact(T.channel, config.channels[channel] || channel);
    fact(T.received, dateTime(received));
    if (r[10] & 1) { fact(T.reporter, T.anonymous); }
    if (r[14]) { fact(T.summary, r[14]); }
    box.appendChild(facts);

    box.appendChild(element("h3", T.standard_heading));
    var limits = element("ul");
    limits.appendChild(element("li", fill(T.respond_within, { limit: respond.text, deadline: deadline(received + r[11], respond.unit) })));
    limits.appendChild(element("li", fill(T.resolve_within, { limit: resolve.text, deadline: deadline(received + r[12], resolve.unit) })));
    box.appendChild(limits);

    box.appendChild(element("h3", fill(T.state_heading, { as_of: dateTime(asOf) })));
    var progress = element("dl", undefined, "facts");
    facts = progress;
    var answer = responded !== null
      ? fill(T.after, { time: dateTime(responded), duration: duration(responded - received) }) + " · " + (r[10] & 2 ? T.met : T.not_met)
      : (asOf > received + r[11] ? T.answer_overdue : T.not_answered);
    fact(T.first_response, answer);
    if (state === "resolved") {
      fact(T.resolved, fill(T.after, { time: dateTime(closed), duration: duration(closed - received) }));
    } else if (state === "rejected") {
      fact(T.rejected, dateTime(closed));
    }
    box.appendChild(progress);
    var verdict;
    if (state === "resolved") {
      verdict = fill(T.resolved_text, { days: amount(r[13] === null ? 0 : r[13], "k"), verdict: r[10] & 4 ? T.met : T.not_met });
    } else if (state === "rejected") {
      verdict = fill(T.rejected_text, { time: dateTime(closed) });
    } else {
      var status = config.status[{ a: "diterima", v: "diverifikasi", p: "diproses" }[r[9]] || "diproses"];
      var days = Math.max(0, config.as_of_day - r[6]);
      verdict = fill(T.open_text, { status: status, days: amount(days, "k") }) + " "
        + fill(asOf > received + r[12] ? T.overdue : T.not_due, { deadline: deadline(received + r[12], resolve.unit) });
    }
    box.appendChild(element("p", verdict, "verdict"));
    box.appendChild(element("p", fill(T.as_of_note, { as_of: dateTime(asOf) }), "note"));
    return box;
  }

  function lookup(number) {
    var k = key(number);
    if (!k) { say(T.empty); return; }
    var notFound = function () { say(fill(T.not_found, { number: number.trim(), as_of: dateTime(config.as_of) })); };
    var p = partition(k);
    var count = config.files[p];
    // A partition without files asks nothing: the same for any number in it, found or not.
    if (!count) { notFound(); return; }
    say(T.searching);
    fetch(config.base + p + "/" + (hash(k) % count).toString(16) + ".json.gz")
      .then(function (response) {
        if (!response.ok) { throw new Error(String(response.status)); }
        return response.arrayBuffer();
      })
      .then(function (buffer) {
        var bytes = new Uint8Array(buffer);
        // A server may already have undone the compression (Content-Encoding); then it is text.
        if (bytes[0] !== 0x1f || bytes[1] !== 0x8b) { return new TextDecoder().decode(bytes); }
        return new Response(new Blob([buffer]).stream().pipeThrough(new DecompressionStream("gzip"))).text();
      })
      .then(function (text) {
        var file = JSON.parse(text);
        var found = file.r.filter(function (r) { return key(r[4]) === k; });
        if (!found.length) { notFound(); return; }
        result.textContent = "";
        if (found.length > 1) { result.appendChild(element("p", T.more_than_one)); }
        found.forEach(function (r) { result.appendChild(show(file, r)); });
        result.appendChild(element("h3", T.link_heading));
        result.appendChild(element("p", T.link_text));
        result.appendChild(element("p", window.location.href, "link"));
      })
      .catch(function () { say(T.failed); });
  }

  if (!supported) { say(T.unsupported); return; }
  form.hidden = false;
  if (fallback) { fallback.hidden = true; }
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var number = input.value;
    var url = new URL(window.location.href);
    url.searchParams.set("nomor", number.trim());
    window.history.replaceState(null, "", url.toString());
    lookup(number);
  });
  var given = new URLSearchParams(window.location.search).get("nomor");
  if (given) { input.value = given; lookup(given); }
}());
