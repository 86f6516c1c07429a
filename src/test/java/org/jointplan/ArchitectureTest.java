package org.jointplan;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The layers of docs/architecture.md, checked on the compiled classes (every reference counts: imports, fully
 * qualified names, method calls, field types, annotations), so that nothing can point back up unseen. Exceptions
 * are named one by one with their reason where they stand (one today), and said in docs/architecture.md.
 */
@AnalyzeClasses(packages = "org.jointplan",
        importOptions = {ImportOption.DoNotIncludeTests.class, ImportOption.DoNotIncludeJars.class})
class ArchitectureTest {

    /**
     * launch → ui → service → store / bundle → domain, and cli → service. {@code Main} (in no layer) wires the
     * command line to the launcher. The cli and ui may use domain too: its records are the vocabulary every
     * layer speaks (a listing prints an Action; the window shows a PlanData), and they carry no behaviour of the
     * layers between.
     */
    @ArchTest
    static final ArchRule LAYERS = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("launch").definedBy("org.jointplan.launch..")
            .layer("cli").definedBy("org.jointplan.cli..")
            .layer("ui").definedBy("org.jointplan.ui..")
            .layer("service").definedBy("org.jointplan.service..")
            .layer("store").definedBy("org.jointplan.store..")
            .layer("server").definedBy("org.jointplan.server..")
            .layer("bundle").definedBy("org.jointplan.bundle..")
            .layer("report").definedBy("org.jointplan.report..")
            .layer("sheet").definedBy("org.jointplan.sheet..")
            .layer("chart").definedBy("org.jointplan.chart..")
            .layer("planner").definedBy("org.jointplan.planner..")
            .layer("domain").definedBy("org.jointplan.domain..")
            .whereLayer("launch").mayOnlyAccessLayers("ui", "service")
            .whereLayer("cli").mayOnlyAccessLayers("service", "report", "sheet", "domain")
            .whereLayer("ui").mayOnlyAccessLayers("service", "report", "sheet", "chart", "domain")
            .whereLayer("service").mayOnlyAccessLayers("store", "server", "bundle", "report", "sheet", "chart",
                    "planner", "domain")
            .whereLayer("store").mayOnlyAccessLayers("domain")
            .whereLayer("server").mayOnlyAccessLayers("domain")
            .whereLayer("bundle").mayOnlyAccessLayers("chart", "domain")
            .whereLayer("report").mayOnlyAccessLayers("chart", "domain")
            .whereLayer("sheet").mayOnlyAccessLayers("chart", "domain")
            .whereLayer("chart").mayOnlyAccessLayers("domain")
            .whereLayer("planner").mayOnlyAccessLayers("domain")
            .whereLayer("domain").mayNotAccessAnyLayer();

    @ArchTest
    static final ArchRule DOMAIN_USES_ONLY_THE_JDK = classes().that().resideInAPackage("org.jointplan.domain..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("org.jointplan.domain..", "java..");

    /**
     * Charts are laid out once and painted alike on every surface (window, slide, PNG, SVG, the committee report's
     * PDF): the layout and its file painters need the domain's SPC and the JDK's java.awt and ImageIO, never JavaFX.
     */
    @ArchTest
    static final ArchRule CHART_USES_ONLY_DOMAIN_AND_THE_JDK = classes().that()
            .resideInAPackage("org.jointplan.chart..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("org.jointplan.chart..",
                    "org.jointplan.domain..", "java..", "javax.imageio..");

    /**
     * The timeline is laid out once for every target (window picture, PNG, SVG, PDF pages) as primitives in layout
     * units; painting is the painters' job, so its layout needs neither java.awt nor JavaFX.
     */
    @ArchTest
    static final ArchRule TIMELINE_LAYOUT_USES_ONLY_CHART_DOMAIN_AND_JAVA_LANG_UTIL_TIME = classes().that()
            .resideInAPackage("org.jointplan.chart.timeline..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("org.jointplan.chart..",
                    "org.jointplan.domain..", "java.lang..", "java.util..", "java.time..");

    /**
     * The presentation's slides are laid out once for the screen and for PNGs alike, as primitives in layout units;
     * painting is the painters' job, so the layout needs neither java.awt nor JavaFX.
     */
    @ArchTest
    static final ArchRule SLIDES_LAYOUT_USES_ONLY_CHART_DOMAIN_AND_JAVA_LANG_UTIL_TIME = classes().that()
            .resideInAPackage("org.jointplan.chart.slides..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("org.jointplan.chart..",
                    "org.jointplan.domain..", "java.lang..", "java.util..", "java.time..");

    /**
     * Word and PDF libraries are large and load only when a committee paper is written: each is used by its writer's
     * package alone, which nothing at start-up touches. POI also reads and writes spreadsheets, in {@code sheet} only
     * (the writer, {@code sheet.write}, also takes the BRAG fills from {@code chart.StatusColours}).
     */
    @ArchTest
    static final ArchRule WORD_LIBRARY_ONLY_IN_THE_WORD_WRITER = noClasses().that()
            .resideOutsideOfPackages("org.jointplan.report.docx..", "org.jointplan.sheet..")
            .should().dependOnClassesThat().resideInAnyPackage("org.apache.poi..", "org.openxmlformats..");

    @ArchTest
    static final ArchRule PDF_LIBRARY_ONLY_IN_THE_PDF_WRITER = noClasses().that()
            .resideOutsideOfPackage("org.jointplan.report.pdf..")
            .should().dependOnClassesThat().resideInAnyPackage("org.apache.pdfbox..", "org.apache.fontbox..",
                    "de.rototor..");

    /**
     * Other planners' files (MPXJ) and calendars (biweekly) are read and written by the planner package alone, which
     * nothing at start-up touches, so neither library loads until such a file is imported or exported; the package
     * itself uses the domain and the JDK only.
     */
    @ArchTest
    static final ArchRule PLANNER_LIBRARIES_ONLY_IN_THE_PLANNER_PACKAGE = noClasses().that()
            .resideOutsideOfPackage("org.jointplan.planner..")
            .should().dependOnClassesThat().resideInAnyPackage("org.mpxj..", "net.sf.mpxj..", "biweekly..",
                    "com.github.mangstadt.vinnie..");

    @ArchTest
    static final ArchRule PLANNER_USES_ONLY_DOMAIN_ITS_LIBRARIES_AND_THE_JDK = classes().that()
            .resideInAPackage("org.jointplan.planner..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("org.jointplan.planner..",
                    "org.jointplan.domain..", "org.mpxj..", "biweekly..", "com.github.mangstadt.vinnie..", "java..",
                    "javax.xml..");

    /**
     * The shared server (issue 19) is reached through JDBC alone, so PostgreSQL's driver loads only when a server is
     * used, never at start-up; no other package may name it.
     */
    @ArchTest
    static final ArchRule POSTGRESQL_DRIVER_ONLY_IN_THE_SERVER_PACKAGE = noClasses().that()
            .resideOutsideOfPackage("org.jointplan.server..")
            .should().dependOnClassesThat().resideInAnyPackage("org.postgresql..");

    /** The timeline is a control that could live in any JavaFX application: it knows the plan's records only. */
    @ArchTest
    static final ArchRule TIMELINE_USES_ONLY_DOMAIN_AND_JAVAFX = classes().that()
            .resideInAPackage("org.jointplan.ui.timeline..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("org.jointplan.ui.timeline..",
                    "org.jointplan.domain..", "javafx..", "java..", "javax.imageio..");

    /**
     * The chart control paints the chart layout on a canvas and knows nothing of the window's services, so that the
     * presentation can show it too.
     */
    @ArchTest
    static final ArchRule CHART_CONTROL_USES_ONLY_CHART_DOMAIN_AND_JAVAFX = classes().that()
            .resideInAPackage("org.jointplan.ui.chart..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("org.jointplan.ui.chart..",
                    "org.jointplan.chart..", "org.jointplan.domain..", "javafx..", "java..");

    /** The presentation shows the timeline and the measures' charts full screen, and nothing of the window around it. */
    @ArchTest
    static final ArchRule PRESENTATION_USES_ONLY_THE_TIMELINE_AND_DOMAIN = classes().that()
            .resideInAPackage("org.jointplan.ui.present..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("org.jointplan.ui.present..",
                    "org.jointplan.ui.timeline..", "org.jointplan.ui.chart..", "org.jointplan.chart..",
                    "org.jointplan.domain..", "javafx..", "java..");

    /** No two packages depend on each other, directly or round a loop. */
    @ArchTest
    static final ArchRule NO_CYCLES = slices().matching("org.jointplan.(**)").should().beFreeOfCycles();
}
