package no.ankomst.accommodation;

import static no.ankomst.accommodation.StayServiceTest.assertRule;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import no.ankomst.AnkomstTest;
import no.ankomst.accommodation.UnitRecords.BedRow;
import no.ankomst.accommodation.UnitRecords.NewBed;
import no.ankomst.accommodation.UnitRecords.UnitRow;
import no.ankomst.audit.AuditFilter;
import no.ankomst.audit.AuditService;
import no.ankomst.base.ConflictException;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

@AnkomstTest
@WithUserDetails("admin")
class UnitServiceTest {

    @Autowired
    UnitService units;
    @Autowired
    AuditService audit;
    @Autowired
    DSLContext db;

    @Test
    void a_unit_with_beds_is_created_and_read_back_with_an_audit_line() {
        long site = new Fixtures(db).site();

        long unit = units.createUnit(site, " Hus A ");
        long bed = units.addBed(unit, new NewBed("A-1", true, false));
        units.addBed(unit, new NewBed("A-2", false, true));

        assertThat(units.units(site)).singleElement().satisfies(row -> {
            assertThat(row.name()).isEqualTo("Hus A");
            assertThat(row.beds()).extracting(BedRow::label, BedRow::accessible, BedRow::childBed)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("A-1", true, false),
                            org.assertj.core.groups.Tuple.tuple("A-2", false, true));
        });
        assertThat(audit.page(new AuditFilter("admin", "BED_CREATED", null, null), 0, 100))
                .anySatisfy(entry -> assertThat(entry.entityId()).isEqualTo(String.valueOf(bed)));
    }

    @Test
    void names_must_be_given_and_unique_within_their_site_or_unit() {
        long site = new Fixtures(db).site();
        long unit = units.createUnit(site, "Hus B");
        units.addBed(unit, new NewBed("1", false, false));

        assertRule(() -> units.createUnit(site, "hus b"), "name", "validation.unit.nameTaken");
        assertRule(() -> units.createUnit(site, " "), "name", "validation.required");
        assertRule(() -> units.addBed(unit, new NewBed("1", false, false)), "label", "validation.bed.labelTaken");
        assertThat(units.units(site)).singleElement().extracting(row -> row.beds().size()).isEqualTo(1);
    }

    @Test
    void blocking_a_bed_with_a_stale_version_is_a_conflict_and_changes_nothing() {
        long site = new Fixtures(db).site();
        long bed = units.addBed(units.createUnit(site, "Hus C"), new NewBed("1", false, false));

        units.blockBed(bed, 0);
        assertThat(bedOf(site).blocked()).isTrue();

        assertThatThrownBy(() -> units.unblockBed(bed, 0)).isInstanceOf(ConflictException.class);
        assertThat(bedOf(site).blocked()).isTrue();

        units.unblockBed(bed, bedOf(site).version());
        assertThat(bedOf(site).blocked()).isFalse();
    }

    @Test
    @WithUserDetails("staff")
    void centre_staff_may_not_add_units_at_a_site_that_is_not_theirs() {
        long haugesund = new Fixtures(db).siteNamed("Haugesund mottak");

        assertThatThrownBy(() -> units.createUnit(haugesund, "Fremmed hus")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> units.units(haugesund)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("manager")
    void a_manager_reads_but_does_not_change_units() {
        long rade = new Fixtures(db).siteNamed("Nasjonalt ankomstsenter Råde");

        assertThat(units.units(rade)).isNotNull();
        assertThatThrownBy(() -> units.createUnit(rade, "Lederhus")).isInstanceOf(AccessDeniedException.class);
    }

    private BedRow bedOf(long site) {
        UnitRow unit = units.units(site).getFirst();
        return unit.beds().getFirst();
    }
}
