package org.jointplan.chart.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jointplan.chart.ChartLayout;
import org.jointplan.chart.SvgChartWriter;
import org.jointplan.domain.ReportPosition;
import org.jointplan.service.SamplePlan;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class TimelineSvgTest {
    @Test
    void theTimelineAsSvgIsWellFormedAndTellsItselfInItsTitleAndDescription() throws Exception {
        ChartLayout whole = TimelineChart.whole(ReportPosition.of(SamplePlan.load(), LocalDate.of(2024, 9, 30)),
                LocalDate.of(2024, 4, 1), LocalDate.of(2025, 3, 31), 1000);
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document svg = f.newDocumentBuilder().parse(new ByteArrayInputStream(
                SvgChartWriter.svg(whole, "timeline").getBytes(StandardCharsets.UTF_8)));
        Element root = svg.getDocumentElement();
        assertEquals("img", root.getAttribute("role"));
        assertEquals("Timeline of Joint SEND Commissioning Delivery Plan 2024/25, as at 30/09/2024",
                root.getElementsByTagNameNS("*", "title").item(0).getTextContent());
        String desc = root.getElementsByTagNameNS("*", "desc").item(0).getTextContent();
        assertTrue(desc.contains("priority 'SLCN' (7 actions: "), desc);
        int bars = 0;
        for (int i = 0; i < root.getElementsByTagNameNS("*", "rect").getLength(); i++) {
            bars += ((Element) root.getElementsByTagNameNS("*", "rect").item(i)).getAttribute("class").equals("bar")
                    ? 1 : 0;
        }
        assertEquals(TimelineChart.actionsIn(ReportPosition.of(SamplePlan.load(), LocalDate.of(2024, 9, 30)),
                LocalDate.of(2024, 4, 1), LocalDate.of(2025, 3, 31)), bars);
    }
}
