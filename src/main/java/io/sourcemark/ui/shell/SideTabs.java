package io.sourcemark.ui.shell;

import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

/** The tabs above the inspector: the article's statements, and the speakers. */
final class SideTabs {

    private SideTabs() {
    }

    static TabPane of(Node statements, Node speakers) {
        Tab statementsTab = new Tab("Statements", statements);
        Tab speakersTab = new Tab("Speakers", speakers);
        statementsTab.setId("statementsTab");
        speakersTab.setId("speakersTab");
        TabPane tabs = new TabPane(statementsTab, speakersTab);
        tabs.setId("sideTabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        return tabs;
    }
}
