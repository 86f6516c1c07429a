package org.jointplan.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class SvgChartWriterTest {

    @Test
    void theSvgIsAnAccessibleImageWhoseTitleAndDescriptionTellTheChart() throws Exception {
        ChartLayout chart = MeasureChart.layout(ChartSamples.ehcPlans(), ChartMode.SPC, 900, 450, TypeScale.WINDOW);
        Document svg = parse(SvgChartWriter.svg(chart));
        Element root = svg.getDocumentElement();
        assertEquals("svg", root.getTagName());
        assertEquals("http://www.w3.org/2000/svg", root.getNamespaceURI());
        assertEquals("1.1", root.getAttribute("version"));
        assertEquals("img", root.getAttribute("role"));
        assertEquals("0 0 900 450", root.getAttribute("viewBox"));
        assertEquals("% of new EHC plans issued within 20 weeks", child(root, "title").getTextContent());
        String desc = child(root, "desc").getTextContent();
        assertEquals(chart.description(), desc);
        assertTrue(desc.contains("Latest: 36.6% (Jul 2024); Target: 40.0%"), desc);
        List<String> texts = texts(svg);
        assertTrue(texts.contains("Limits are provisional: fewer than 13 points"), texts.toString());
        assertTrue(texts.contains("Common cause variation"), texts.toString());
        NodeList circles = svg.getElementsByTagNameNS("*", "circle");
        int points = 0;
        for (int i = 0; i < circles.getLength(); i++) {
            Element c = (Element) circles.item(i);
            if (c.getAttribute("class").equals("point")) {
                points++;
                String tip = c.getParentNode().getFirstChild().getTextContent();
                assertTrue(tip.matches("[A-Z][a-z]{2} 2024: [0-9.]+% \\(.*\\)"), tip);
            }
        }
        assertEquals(7, points);
    }

    @Test
    void textIsEscapedSoThatMarkupInATitleStaysText() throws Exception {
        String hostile = "Waits <script>alert('x')</script> & \"quotes\" \u0007bell \uD83D\uDE00";
        ChartSeries s = ChartSeries.of(hostile, "<b>", 0, List.of("Q1 <2024>", "Q2 & Q3"), List.of(1.0, 2.0));
        String svg = SvgChartWriter.svg(MeasureChart.layout(s, ChartMode.LINE, 900, 450, TypeScale.WINDOW));
        assertFalse(svg.contains("<script>"));
        assertFalse(svg.contains("\u0007"), "a control character XML cannot hold is replaced");
        Document doc = parse(svg);
        assertEquals("Waits <script>alert('x')</script> & \"quotes\" \uFFFDbell \uD83D\uDE00",
                child(doc.getDocumentElement(), "title").getTextContent());
        List<String> texts = texts(doc);
        assertTrue(texts.contains("Q2 & Q3"), texts.toString());
        assertTrue(texts.contains("<b>"), texts.toString());
        assertEquals(0, doc.getElementsByTagNameNS("*", "script").getLength());
    }

    @Test
    void twoChartsInOnePageGetTheirOwnIdsFromAPrefix() throws Exception {
        ChartLayout chart = MeasureChart.layout(ChartSamples.ehcPlans(), ChartMode.LINE, 900, 450, TypeScale.WINDOW);
        Element root = parse(SvgChartWriter.svg(chart, "timeline-2")).getDocumentElement();
        assertEquals("timeline-2-title timeline-2-desc", root.getAttribute("aria-labelledby"));
        assertEquals("timeline-2-title", child(root, "title").getAttribute("id"));
        assertEquals("timeline-2-desc", child(root, "desc").getAttribute("id"));
        assertEquals("chart-title", child(parse(SvgChartWriter.svg(chart)).getDocumentElement(), "title")
                .getAttribute("id"), "a chart on its own keeps its ids");
        for (String bad : List.of("", "two words", "1st", "a\"quote")) {
            org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                    () -> SvgChartWriter.svg(chart, bad), bad);
        }
    }

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    private static Element child(Element root, String tag) {
        return (Element) root.getElementsByTagNameNS("*", tag).item(0);
    }

    private static List<String> texts(Document doc) {
        NodeList nodes = doc.getElementsByTagNameNS("*", "text");
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }
}
