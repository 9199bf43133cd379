package no.ankomst.residents.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import no.ankomst.base.ui.ResidentDetailTab;
import no.ankomst.base.ui.ResidentHeaderBadges;
import no.ankomst.base.ui.ResidentPageContext;
import no.ankomst.security.Capability;
import org.springframework.core.annotation.Order;

/**
 * A feature's contributions to the resident page, for tests of the host only: a tab that counts how often
 * its content is created, a badge that shows how often the action ran, and an action for health staff
 * (RECORD_HEALTH) that counts and refreshes the page. They show only for the one person a test arms them
 * for, so every other test's resident pages look as without them.
 */
@org.springframework.stereotype.Component
public class TestPageContributions {

    static final String TAB_LABEL_KEY = "test.contributedTab";
    private static final long NOBODY = -1;

    final AtomicLong armedFor = new AtomicLong(NOBODY);
    final AtomicInteger tabsCreated = new AtomicInteger();
    final AtomicInteger actionsRun = new AtomicInteger();

    void armFor(long personId) {
        tabsCreated.set(0);
        actionsRun.set(0);
        armedFor.set(personId);
    }

    void disarm() {
        armedFor.set(NOBODY);
    }

    boolean armed(long personId) {
        return armedFor.get() == personId;
    }

    @org.springframework.stereotype.Component
    @Order(1000)
    static class CountingTab implements ResidentDetailTab {

        private final TestPageContributions state;

        CountingTab(TestPageContributions state) {
            this.state = state;
        }

        @Override
        public String labelKey() {
            return TAB_LABEL_KEY;
        }

        @Override
        public boolean shownFor(long personId) {
            return state.armed(personId);
        }

        @Override
        public Component create(ResidentPageContext page) {
            state.tabsCreated.incrementAndGet();
            Span content = new Span("contributed");
            content.setId("test-tab-content");
            return content;
        }
    }

    @org.springframework.stereotype.Component
    @Order(1000)
    static class CountingBadge implements ResidentHeaderBadges {

        private final TestPageContributions state;

        CountingBadge(TestPageContributions state) {
            this.state = state;
        }

        @Override
        public List<Component> badges(long personId) {
            if (!state.armed(personId)) {
                return List.of();
            }
            Span badge = new Span("ran " + state.actionsRun.get());
            badge.setId("test-badge");
            return List.of(badge);
        }
    }

    @org.springframework.stereotype.Component
    @Order(1000)
    static class HealthAction implements ResidentAction {

        private final TestPageContributions state;

        HealthAction(TestPageContributions state) {
            this.state = state;
        }

        @Override
        public String id() {
            return "test-action";
        }

        @Override
        public String labelKey() {
            return "action.save";
        }

        @Override
        public Capability capability() {
            return Capability.RECORD_HEALTH;
        }

        @Override
        public boolean shownFor(long personId) {
            return state.armed(personId);
        }

        @Override
        public void run(ResidentPageContext page) {
            state.actionsRun.incrementAndGet();
            page.refresh();
        }
    }
}
