package io.sourcemark.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** One short text written for each family of attribution patterns, with the record the engine must give. */
class AttributionFamiliesTest {

    private static final Analyzer ANALYZER = Analyzer.load();

    private record Found(String content, List<String> pieces, String speaker, String cue, QuoteKind kind) {}

    private static List<Found> found(String text) {
        return ANALYZER.analyze(text).quotes().stream()
                .map(q -> new Found(q.range().of(text), q.fragments().stream().map(f -> f.of(text)).toList(),
                        q.speakerText(), q.cueText(), q.kind()))
                .toList();
    }

    private static Found one(String text, String content) {
        return found(text).stream().filter(f -> f.content().equals(content)).findFirst()
                .orElseThrow(() -> new AssertionError("no record " + content + " in " + found(text)));
    }

    @Test
    void keepsTheQuotationAsContentWhateverAdjunctsFollowItsSpeaker() {
        String text = "“We will open the school in May,” Hana Ruiz said on Monday during a long meeting at the hall.";
        Found f = one(text, "“We will open the school in May,”");
        assertEquals("Hana Ruiz", f.speaker());
        assertEquals("said", f.cue());
        assertEquals(1, found(text).size());
    }

    @Test
    void readsCriticismFramesWithTheirObject() {
        String text = "The union slammed the offer as \"an insult to every nurse.\"";
        Found f = one(text, "the offer as \"an insult to every nurse.\"");
        assertEquals("The union", f.speaker());
        assertEquals(QuoteKind.MIXED, f.kind());
    }

    @Test
    void takesADashSignatureAsTheSource() {
        String text = "“The trains are never on time.” \u2014 Olu Ade, 41, a teacher";
        Found f = one(text, "“The trains are never on time.”");
        assertEquals("Olu Ade, 41, a teacher", f.speaker());
        assertEquals("\u2014", f.cue());
    }

    @Test
    void findsPresentTenseCuesBeforeACommaOrStop() {
        String text = "\"The rent doubled,\" he says. \"We had no choice.\"";
        Found f = one(text, text);
        assertEquals(List.of("\"The rent doubled,\"", "\"We had no choice.\""), f.pieces());
        assertEquals("he", f.speaker());
    }

    @Test
    void readsASentenceOpenedBySaid() {
        String text = "Said Sen. Ivo Brandt (R-Tex.): \"This bill is dead.\"";
        Found f = one(text, "\"This bill is dead.\"");
        assertEquals("Sen. Ivo Brandt (R-Tex.)", f.speaker());
        assertEquals("Said", f.cue());
    }

    @Test
    void givesAGerundTheSubjectOfItsClause() {
        String text = "The coach was fined on Friday for saying that the referee was \"blind.\"";
        Found f = one(text, "that the referee was \"blind.\"");
        assertEquals("The coach", f.speaker());
        assertEquals("saying", f.cue());
    }

    @Test
    void readsANounCueWithItsOwnerAndStopsBeforeTheMainVerb() {
        String text = "The ministry’s decision to close the station has angered commuters.";
        Found f = one(text, "to close the station");
        assertEquals("The ministry’s", f.speaker());
        assertEquals("decision", f.cue());
    }

    @Test
    void readsPrepositionalSources() {
        Found to = one("To the fire chief, Lena Park, the alarm came too late.", "the alarm came too late");
        assertEquals("To", to.cue());
        assertEquals("the fire chief, Lena Park,", to.speaker());
        Found per = one("Fares will rise by 5 percent, per the rail operator.", "Fares will rise by 5 percent");
        assertEquals("the rail operator", per.speaker());
        assertTrue(found("Prices rose 5 per cent per year.").isEmpty());
    }

    @Test
    void readsWhatADocumentSays() {
        String text = "“Visits are suspended until further notice,” the notice reads.";
        Found f = one(text, "“Visits are suspended until further notice,”");
        assertEquals("the notice", f.speaker());
        assertEquals("reads", f.cue());
    }

    @Test
    void keepsMiddleInitialsAndStateTagsInsideTheSpeaker() {
        String text = "\"The levee will hold,\" said Gov. Rosa M. Vidal, D-Ore., on Tuesday. \"We checked it twice.\"";
        Found f = one(text, text.substring(0, text.length()));
        assertTrue(f.speaker().startsWith("Gov. Rosa M. Vidal"), f.speaker());
        assertEquals(2, f.pieces().size());
    }

    @Test
    void findsAgreedAndABareClause() {
        Found f = one("The two unions agreed the strike should end.", "the strike should end");
        assertEquals("agreed", f.cue());
    }

    @Test
    void continuesAnIndirectAttributionWithTheNextQuotation() {
        String text = "The skipper said the crew had been lucky. \"Ten more minutes and we would have sunk.\"";
        Found f = one(text, text.substring(text.indexOf("the crew")));
        assertEquals(QuoteKind.MIXED, f.kind());
        assertEquals("The skipper", f.speaker());
    }

    @Test
    void attributesQuotationsUnderAColonLead() {
        String text = "The Ferry Post writes:\n\n\"The service will end in March.\"";
        Found f = one(text, "\"The service will end in March.\"");
        assertEquals("The Ferry Post", f.speaker());
        assertEquals("writes:", f.cue());
    }

    @Test
    void keepsAQuestionWithTheSpeakerAfterIt() {
        String text = "\"Who signed this?\" Marek Nowak asked. \"Nobody here.\"";
        Found f = one(text, text);
        assertEquals("Marek Nowak", f.speaker());
        assertEquals(2, f.pieces().size());
    }

    @Test
    void readsStancesAndImpersonalOnes() {
        assertEquals("Farmers", one("Farmers are worried that the river will flood.",
                "that the river will flood").speaker());
        assertNull(one("It is clear that the budget will not balance.", "that the budget will not balance")
                .speaker());
    }

    @Test
    void leavesTheObligeeOutLikeAnAddressee() {
        Found f = one("The new code requires landlords to fit smoke alarms.", "to fit smoke alarms");
        assertEquals("The new code", f.speaker());
    }

    @Test
    void readsImpersonalAndNamingPassives() {
        assertNull(one("It was reported on Monday that the mill will close.", "that the mill will close").speaker());
        Found named = one("The tower has been dubbed “the needle” by locals.", "The tower has been dubbed “the needle”");
        assertEquals("locals", named.speaker());
    }

    @Test
    void givesBothPiecesOfAContentAroundItsCue() {
        String text = "The new line, the operator said, will open in June.";
        Found f = one(text, text.substring(0, text.length() - 1));
        assertEquals(List.of("The new line", "will open in June"), f.pieces());
    }

    @Test
    void takesTheMainClauseOfAnAsClause() {
        Found f = one("The fire began in the kitchen, as firefighters have said all week.", "The fire began in the kitchen");
        assertEquals("firefighters", f.speaker());
    }

    @Test
    void readsATitleCaseHeadline() {
        String text = "Minister Denies Cuts To Rural Buses\n\nThe minister spoke on Monday.";
        Found f = one(text, "Cuts To Rural Buses");
        assertEquals("Minister", f.speaker());
        assertEquals("Denies", f.cue());
    }

    @Test
    void readsNamingsWithoutSource() {
        Found f = one("The bridge, known locally as “the Spine,” reopened.", "The bridge, known locally as “the Spine,”");
        assertNull(f.speaker());
        assertEquals("known locally as", f.cue());
    }

    @Test
    void keepsOnlyTheOutermostAttribution() {
        String text = "A police officer said the road was closed, the Valley Echo reported on Sunday.";
        List<Found> all = found(text);
        assertEquals(1, all.size(), all.toString());
        assertEquals("the Valley Echo", all.get(0).speaker());
    }

    @Test
    void readsDoubledApostrophesAsQuotationMarks() {
        String text = "''The harvest was poor,'' said Emma Stone. ''It rained all summer.''";
        Found f = one(text, text);
        assertEquals(List.of("''The harvest was poor,''", "''It rained all summer.''"), f.pieces());
    }
}
