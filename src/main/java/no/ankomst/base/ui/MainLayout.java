package no.ankomst.base.ui;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import no.ankomst.base.LocalePreference;
import no.ankomst.base.UserProfile;

/**
 * The shell around every view: navigation that lists only what the user may open (Vaadin checks the
 * views' access annotations), and who is signed in, in which role and scope.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final AuthenticationContext authentication;
    private final LocalePreference localePreference;
    private final H1 heading = new H1();
    // the page's main landmark: AppLayout's content area is a plain div
    private final Main main = new Main();

    MainLayout(AuthenticationContext authentication, LocalePreference localePreference) {
        this.authentication = authentication;
        this.localePreference = localePreference;
        setPrimarySection(Section.DRAWER);
        heading.setId("page-heading");
        heading.addClassName("page-heading");
        main.setId("main-content");
        main.addClassName("main-content");
        addToNavbar(new DrawerToggle(), heading, createUserBar());
        addToDrawer(createBrand(), createNavigation());
        setContent(main);
    }

    @Override
    public void showRouterLayoutContent(HasElement content) {
        main.getElement().removeAllChildren();
        main.getElement().appendChild(content.getElement());
        if (isOverlay()) {
            setDrawerOpened(false);
        }
    }

    /** The view's heading, known once it has read its parameters; a page without one shows its own. */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        String text = main.getChildren().findFirst().filter(PageHeading.class::isInstance)
                .map(view -> ((PageHeading) view).heading()).orElse("");
        heading.setText(text);
        heading.setVisible(!text.isEmpty());
    }

    private Div createBrand() {
        Span title = new Span(getTranslation("app.name"));
        title.addClassName("app-brand");
        return new Div(title);
    }

    private SideNav createNavigation() {
        SideNav nav = new SideNav();
        nav.setId("main-nav");
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path());
            if (entry.icon() != null) {
                item.setPrefixComponent(new Icon(entry.icon()));
            }
            nav.addItem(item);
        }
        return nav;
    }

    private HorizontalLayout createUserBar() {
        HorizontalLayout bar = new HorizontalLayout();
        bar.setId("user-bar");
        bar.addClassName("user-bar");
        bar.setAlignItems(FlexComponent.Alignment.CENTER);
        authentication.getAuthenticatedUser(UserProfile.class).ifPresent(profile -> {
            Span name = new Span(profile.displayName());
            name.setId("user-name");
            name.addClassName("user-name");
            String scope = profile.scopeNames().isEmpty()
                    ? getTranslation("scope.all") : String.join(", ", profile.scopeNames());
            Span role = new Span(getTranslation(profile.roleKey()) + " · " + scope);
            role.setId("user-role");
            role.addClassName("user-role");
            VerticalLayout who = new VerticalLayout(name, role);
            who.setPadding(false);
            who.setSpacing(false);
            bar.add(who);
        });
        Button logout = new Button(getTranslation("action.logout"), event -> authentication.logout());
        logout.setId("logout");
        logout.addThemeVariants(ButtonVariant.TERTIARY);
        bar.add(new LanguageSwitch(localePreference::rememberLocale), logout);
        return bar;
    }
}
