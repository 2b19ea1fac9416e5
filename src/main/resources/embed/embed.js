/* Crosscheck widget loader: turns <blockquote class="crosscheck" data-claim="ID"> and
   <blockquote class="crosscheck" data-topic="slug"> into iframes, and resizes them (and oEmbed's
   <iframe class="crosscheck">) to the height their content reports. No cookies, no other hosts. */
(function () {
  "use strict";
  var script = document.currentScript;
  if (!script || !script.src) { return; }
  var origin = new URL(script.src).origin;
  var frames = [];
  var ID = /^[0-9a-fA-F-]{36}$/, SLUG = /^[a-z0-9][a-z0-9-]{0,79}$/;
  // The supported languages, written in by the server (common/Languages.SUPPORTED) when it serves this file.
  var LANGS = "__SUPPORTED_LANGUAGES__".split(",");

  function widgetUrl(el) {
    var claim = el.getAttribute("data-claim"), topic = el.getAttribute("data-topic"), path;
    if (claim && ID.test(claim)) { path = "/embed/claims/" + claim; }
    else if (topic && SLUG.test(topic)) { path = "/embed/topics/" + topic; }
    else { return null; }
    var q = [], lang = el.getAttribute("data-lang"), theme = el.getAttribute("data-theme");
    if (lang && LANGS.indexOf(lang) >= 0) { q.push("lang=" + lang); }
    if (theme === "dark" || theme === "light") { q.push("theme=" + theme); }
    return origin + path + (q.length ? "?" + q.join("&") : "");
  }

  function upgrade(el) {
    var src = widgetUrl(el);
    if (!src) { return; }
    var f = document.createElement("iframe");
    f.src = src;
    f.className = "crosscheck";
    f.title = (el.textContent || "Crosscheck").replace(/\s+/g, " ").trim().slice(0, 200) || "Crosscheck";
    f.setAttribute("loading", "lazy");
    f.setAttribute("scrolling", "no");
    f.setAttribute("frameborder", "0");
    f.setAttribute("sandbox", "allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox");
    f.style.cssText = "border:0;display:block;width:100%;max-width:640px;height:160px;margin:1em 0;overflow:hidden";
    el.parentNode.replaceChild(f, el);
    frames.push(f);
  }

  function adopt(f) {
    if (frames.indexOf(f) < 0 && f.src && f.src.indexOf(origin + "/embed/") === 0) { frames.push(f); }
  }

  window.addEventListener("message", function (e) {
    if (e.origin !== origin || !e.data || e.data.type !== "crosscheck:resize") { return; }
    var h = e.data.height;
    if (typeof h !== "number" || !(h > 0) || h > 20000) { return; }
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === e.source) { frames[i].style.height = Math.ceil(h) + "px"; return; }
    }
  });

  function scan() {
    var quotes = document.querySelectorAll("blockquote.crosscheck");
    for (var i = 0; i < quotes.length; i++) { upgrade(quotes[i]); }
    var iframes = document.querySelectorAll("iframe.crosscheck");
    for (var j = 0; j < iframes.length; j++) { adopt(iframes[j]); }
  }

  if (document.readyState === "loading") { document.addEventListener("DOMContentLoaded", scan); } else { scan(); }
})();
