package io.sourcemark.ui.shell;

import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

import java.util.function.Supplier;

/** The tabs above the inspector: the article's statements, and the speakers. */
final class SideTabs {

    private SideTabs() {
    }

    /** @param speakers makes the Speakers tab's content, the first time the tab is chosen */
    static TabPane of(Node statements, Supplier<Node> speakers) {
        Tab statementsTab = new Tab("Statements", statements);
        Tab speakersTab = new Tab("Speakers");
        // a window opens on the statements: the speakers' lists are neither made nor read before they are asked for
        speakersTab.selectedProperty().addListener((obs, old, now) -> {
            if (now && speakersTab.getContent() == null) {
                speakersTab.setContent(speakers.get());
            }
        });
        statementsTab.setId("statementsTab");
        speakersTab.setId("speakersTab");
        TabPane tabs = new TabPane(statementsTab, speakersTab);
        tabs.setId("sideTabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        return tabs;
    }
}
