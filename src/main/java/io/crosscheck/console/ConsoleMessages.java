package io.crosscheck.console;

import io.crosscheck.claim.Verdict;
import io.crosscheck.figure.Judgement;
import io.crosscheck.link.LinkState;
import io.crosscheck.link.LinkType;
import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The console's words: English here, the other supported languages in
 * {@code messages/msg_<lang>.properties} (French, Spanish). Templates read them as {@code {msg:key}} in
 * the locale the page set ({@link ConsolePage#render}); enums (verdicts, link types and states,
 * judgements) have one message each, so no page prints a raw code. Qute checks at build time that
 * every key used by a template exists; LanguageBundlesTest checks that each language's file has them all.
 */
@MessageBundle(value = "msg", locale = "en")
public interface ConsoleMessages {

    @Message("Crosscheck")
    String brand();

    @Message("Home")
    String home();

    @Message("Claims")
    String claims();

    @Message("Topics")
    String topics();

    @Message("Conflicts to review")
    String conflicts();

    @Message("Sign in")
    String signin();

    @Message("Sign out")
    String signout();

    @Message("API key")
    String apiKey();

    @Message("Paste an API key with the editor or admin role. It is not kept in the browser: an 8-hour session cookie stands in for it.")
    String signinHelp();

    @Message("Unknown or revoked key.")
    String signinFailed();

    @Message("Sign in to confirm or dismiss.")
    String signinToDecide();

    @Message("Sign in to change anything.")
    String signinToEdit();

    @Message("This key can only read.")
    String readOnlyKey();

    @Message("Search")
    String search();

    @Message("Subject")
    String subject();

    @Message("Metric")
    String metric();

    @Message("Verdict")
    String verdictWord();

    @Message("Figure")
    String figure();

    @Message("Figure as written")
    String figureText();

    @Message("Language of the figure")
    String figureLang();

    @Message("Claimant")
    String claimant();

    @Message("Scope")
    String scope();

    @Message("As of")
    String asOf();

    @Message("Statement")
    String statement();

    @Message("Language of the statement")
    String language();

    @Message("Quotes")
    String quotes();

    @Message("Sources")
    String sources();

    @Message("Links")
    String links();

    @Message("Next page")
    String next();

    @Message("{shown} of the {count} series on this page; its next page of claims stays on them.")
    String axesShown(int shown, int count);

    @Message("Next series")
    String nextAxes();

    @Message("None")
    String none();

    @Message("Nothing here.")
    String empty();

    @Message("Confirm")
    String confirm();

    @Message("Dismiss")
    String dismiss();

    @Message("Undo")
    String undo();

    @Message("Why (optional)")
    String why();

    @Message("Why (required)")
    String whyRequired();

    @Message("Interval")
    String interval();

    /** "Interval:" before a value, with each language's punctuation (French puts a space before the colon). */
    @Message("Interval:")
    String intervalColon();

    @Message("gap")
    String gap();

    @Message("Verdict of the 1st")
    String fromVerdict();

    @Message("Verdict of the 2nd")
    String toVerdict();

    @Message("unchanged")
    String unchanged();

    @Message("disputed")
    String disputed();

    @Message("Disputed by")
    String disputedBy();

    @Message("({count} in all: every one is under Links)")
    String disputersInAll(int count);

    @Message("Superseded by")
    String supersededBy();

    @Message("New claim")
    String newClaim();

    @Message("Edit claim")
    String editClaim();

    @Message("Edit")
    String edit();

    @Message("Save")
    String save();

    @Message("Preview the figure")
    String preview();

    @Message("Read as")
    String previewReads();

    @Message("Not read as a figure")
    String previewFailed();

    @Message("Pick from the list or type a name; metrics by key.")
    String pickerHelp();

    @Message("Change the verdict")
    String changeVerdict();

    @Message("Rationale")
    String rationale();

    @Message("History")
    String history();

    @Message("Link")
    String link();

    @Message("Link this claim to another")
    String newLink();

    @Message("Other claim (id, or pick one of the same subject)")
    String otherClaim();

    @Message("Type")
    String type();

    @Message("Create")
    String create();

    @Message("New topic")
    String newTopic();

    @Message("Address (lower-case words joined by hyphens)")
    String slug();

    @Message("Title")
    String title();

    @Message("Description")
    String description();

    @Message("claims")
    String claimsWord();

    @Message("Decided by {who} on {when}")
    String decidedBy(String who, String when);

    @Message("Created")
    String created();

    @Message("Changed")
    String changed();

    @Message("Deleted")
    String deleted();

    @Message("by")
    String by();

    @Message("Field")
    String field();

    @Message("Before")
    String before();

    @Message("After")
    String after();

    @Message("Latest claims")
    String latestClaims();

    @Message("All claims")
    String allClaims();

    @Message("All topics")
    String allTopics();

    @Message("Oldest first.")
    String oldestFirst();

    @Message("Side by side")
    String sideBySide();

    @Message("Back")
    String back();

    @Message("Error")
    String error();

    @Message("This page does not exist.")
    String notFound();

    @Message("You may not do this.")
    String forbidden();

    @Message("Language")
    String switchLanguage();

    @Message("{#when v}{#is UNREVIEWED}Unreviewed{#is SUPPORTED}Supported{#is DISPUTED}Disputed{#is MISLEADING}Misleading"
            + "{#is FALSE}False{#is UNVERIFIABLE}Unverifiable{#is OUTDATED}Outdated{#else}{v}{/when}")
    String verdict(Verdict v);

    @Message("{#when type}{#is CONTRADICTS}contradicts{#is REFINES}refines{#is SUPPORTS}supports"
            + "{#is SUPERSEDES}supersedes{#is DUPLICATES}duplicates{#is CONTEXT}context{#else}{type}{/when}")
    String linkType(LinkType type);

    @Message("{#when state}{#is PROPOSED}proposed{#is CONFIRMED}confirmed{#is DISMISSED}dismissed{#else}{state}{/when}")
    String linkState(LinkState state);

    @Message("{#when state}{#is PROPOSED}To review{#is CONFIRMED}Confirmed{#is DISMISSED}Dismissed{#else}{state}{/when}")
    String queueState(LinkState state);

    @Message("{#when j}{#is AGREE}agree{#is ROUNDING_REVIEW}rounding to review{#is DIFFER}differ"
            + "{#is NOT_COMPARABLE}not comparable{#else}{j}{/when}")
    String judgement(Judgement.Outcome j);

    @Message("Intake")
    String intake();

    @Message("Paste an article's address to fetch it, or its address and its text (with title, publisher and language) to read it as it is. Crosscheck finds the figures and proposes claims to review.")
    String intakeHelp();

    @Message("Article address (URL)")
    String intakeUrl();

    @Message("Article text (leave empty to fetch the page)")
    String intakeText();

    @Message("Publisher")
    String publisher();

    @Message("Find the claims")
    String intakeSubmit();

    @Message("Fetching the page…")
    String fetching();

    @Message("Refresh")
    String refresh();

    @Message("The page could not be fetched")
    String fetchFailed();

    @Message("Claim candidates")
    String candidates();

    @Message("Figures proposed as claims, highlighted in the text. Subject, metric and claimant are what Crosscheck inferred: change them before accepting if needed.")
    String candidatesHelp();

    @Message("No figure waiting for review in this text.")
    String noCandidates();

    @Message("Accept")
    String accept();

    @Message("Reject")
    String reject();

    @Message("Why it is not a claim")
    String rejectReason();

    @Message("Open the claim")
    String openClaim();

    @Message("The review queue (conflicts appear there once detected)")
    String reviewQueue();

    @Message("confidence")
    String confidence();

    @Message("Source text")
    String sourceText();

    @Message("{#when what}{#is 'claim-created'}Claim created.{#is 'claim-saved'}Claim saved.{#is 'verdict-changed'}Verdict changed."
            + "{#is 'link-created'}Link created.{#is 'topic-created'}Topic created.{#is 'confirmed'}Link confirmed."
            + "{#is 'dismissed'}Link dismissed.{#is 'reopened'}Decision undone: the link is back in the queue."
            + "{#is 'candidates-proposed'}Source stored; its figures are proposed below.{#is 'candidate-accepted'}Candidate accepted: a new claim."
            + "{#is 'candidate-attached'}Candidate accepted: a new quote of an existing claim.{#is 'candidate-rejected'}Candidate rejected."
            + "{#else}Done.{/when}")
    String done(String what);
}
