package io.aftersales.workorder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import io.aftersales.support.Api;
import io.aftersales.support.IntegrationTest;
import io.aftersales.support.Workshop;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Random;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** The documents a store hands out carry its letterhead, the vehicle and the customer, and the signature drawn. */
@IntegrationTest
class WorkOrderDocumentsIntegrationTests {

    private static final String LETTERHEAD = """
            {"name":"一号店","timeZone":"Asia/Shanghai","active":true,"version":%d,
             "letterhead":{"companyName":"上海测试汽车服务有限公司","address":"上海市浦东新区张江路 88 号",
                           "phone":"021-5888 6666","taxNumber":"%s"}}
            """;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Api api;

    @Test
    void theSettlementCarriesTheLetterheadTheVehicleThePhoneAndTheSignatureDrawnAtDelivery() throws IOException {
        Workshop shop = new Workshop(api);
        String store = "/api/v1/stores/" + shop.tenant.storeId().value();
        assertThat(api.put(shop.admin(), store, LETTERHEAD.formatted(version(shop, store), "91310115ma1k4abc2x")))
                .hasStatusOk();
        byte[] logo = png(120, 60, Color.BLUE);
        assertThat(uploadLogo(shop, "logo.png", logo)).hasStatusOk();
        MvcTestResult read = api.get(shop.admin(), store);
        assertThat(Api.<String>read(read, "$.letterhead.taxNumber")).isEqualTo("91310115MA1K4ABC2X");
        assertThat(Api.<Boolean>read(read, "$.logo")).isTrue();
        MvcTestResult served = api.get(shop.technician.token(), store + "/logo");
        assertThat(served).hasStatusOk().hasContentType("image/png");
        assertThat(served.getResponse().getContentAsByteArray()).isEqualTo(logo);

        String id = shop.receivedWithLines();
        shop.approveDispatchAndStart(id);
        String signature = "data:image/png;base64," + Base64.getEncoder().encodeToString(png(200, 80, Color.BLACK));
        shop.finishAndDeliver(id, shop.technician, "\"signedBy\":\"张伟\",\"signature\":\"" + signature + "\"");

        String vin = Api.read(api.get(shop.admin(), "/api/v1/assets/{a}", shop.assetId), "$.vin");
        String phone = Api.read(api.get(shop.admin(), "/api/v1/customers/{c}", shop.customerId), "$.phones[0]");
        UserDetails advisor = api.signedIn(shop.tenant.adminUsername());
        try (PDDocument settlement = pdf(advisor, id, "settlement")) {
            assertThat(new PDFTextStripper().getText(settlement))
                    .contains("上海测试汽车服务有限公司")
                    .contains("上海市浦东新区张江路 88 号")
                    .contains("021-5888 6666")
                    .contains("91310115MA1K4ABC2X")
                    .contains(vin)
                    .contains(phone)
                    .contains("结算单");
            assertThat(images(settlement.getPage(0).getResources()))
                    .as("logo and signature")
                    .isEqualTo(2);
        }
        try (PDDocument workOrder = pdf(advisor, id, "work-order")) {
            assertThat(new PDFTextStripper().getText(workOrder))
                    .contains("上海测试汽车服务有限公司")
                    .contains(vin);
            assertThat(images(workOrder.getPage(0).getResources()))
                    .as("the logo only")
                    .isEqualTo(1);
        }
    }

    @Test
    void aBadLetterheadOrLogoIsRefusedWithItsReasonAndChangesNothing() throws IOException {
        Workshop shop = new Workshop(api);
        String store = "/api/v1/stores/" + shop.tenant.storeId().value();
        long version = version(shop, store);
        MvcTestResult shortTax = api.put(shop.admin(), store, LETTERHEAD.formatted(version, "1234"));
        assertThat(shortTax).hasStatus(400).hasContentType("application/problem+json");
        assertThat(Api.<String>read(shortTax, "$.errors[0].field")).isEqualTo("letterhead.taxNumber");
        assertThat(Api.<String>read(shortTax, "$.errors[0].message"))
                .contains("15")
                .contains("20");
        assertThat(Api.<String>read(api.get(shop.admin(), store), "$.letterhead.companyName"))
                .isNull();

        for (byte[] notALogo : new byte[][] {
            "<svg xmlns=\"http://www.w3.org/2000/svg\"/>".getBytes(StandardCharsets.UTF_8),
            {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 1, 2, 3},
            noise(700, 700)
        }) {
            MvcTestResult refused = uploadLogo(shop, "logo.png", notALogo);
            assertThat(refused).hasStatus(400).hasContentType("application/problem+json");
        }
        assertThat(Api.<Boolean>read(api.get(shop.admin(), store), "$.logo")).isFalse();
        assertThat(api.get(shop.admin(), store + "/logo")).hasStatus(404);

        // The page's form: a wrong phone is shown beside the field and nothing is saved, the logo included.
        UserDetails admin = api.signedIn(shop.tenant.adminUsername());
        MvcTestResult page = storeForm(shop, admin, version, "call me");
        assertThat(page).hasStatusOk().bodyText().contains("请输入电话号码");
        assertThat(Api.<Boolean>read(api.get(shop.admin(), store), "$.logo")).isFalse();

        MvcTestResult saved = storeForm(shop, admin, version, "(021) 5888-6666");
        assertThat(saved).hasStatus3xxRedirection();
        MvcTestResult after = api.get(shop.admin(), store);
        assertThat(Api.<String>read(after, "$.letterhead.phone")).isEqualTo("(021) 5888-6666");
        assertThat(Api.<Boolean>read(after, "$.logo")).isTrue();
        assertThat(mvc.get()
                        .uri("/admin/stores/{id}", shop.tenant.storeId().value())
                        .with(user(admin))
                        .exchange())
                .bodyText()
                .contains("/logo")
                .contains("removeLogo");
    }

    /** The store's page form with a new logo, the company name and this phone. */
    private MvcTestResult storeForm(Workshop shop, UserDetails admin, long version, String phone) throws IOException {
        return mvc.post()
                .uri("/admin/stores/{id}", shop.tenant.storeId().value())
                .multipart()
                .file(new MockMultipartFile("logo", "logo.png", "image/png", png(40, 20, Color.RED)))
                .param("code", "S01")
                .param("name", "一号店")
                .param("timeZone", "Asia/Shanghai")
                .param("active", "true")
                .param("version", String.valueOf(version))
                .param("companyName", "上海测试汽车服务有限公司")
                .param("phone", phone)
                .with(user(admin))
                .with(csrf())
                .exchange();
    }

    private MvcTestResult uploadLogo(Workshop shop, String name, byte[] data) {
        return mvc.post()
                .uri("/api/v1/stores/{id}/logo", shop.tenant.storeId().value())
                .multipart()
                .file(new MockMultipartFile("file", name, "image/png", data))
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + shop.admin())
                .exchange();
    }

    private PDDocument pdf(UserDetails user, String id, String kind) throws IOException {
        MvcTestResult pdf = mvc.get()
                .uri("/work-orders/{id}/documents/{kind}.pdf", id, kind)
                .with(user(user))
                .exchange();
        assertThat(pdf).hasStatusOk().hasContentType("application/pdf");
        return Loader.loadPDF(pdf.getResponse().getContentAsByteArray());
    }

    private static int images(PDResources resources) throws IOException {
        int count = 0;
        for (COSName name : resources.getXObjectNames()) {
            if (resources.isImageXObject(name)) {
                count++;
            }
        }
        return count;
    }

    private long version(Workshop shop, String store) {
        return Api.<Number>read(api.get(shop.admin(), store), "$.version").longValue();
    }

    private static byte[] png(int width, int height, Color colour) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setColor(colour);
        g.fillOval(2, 2, width - 4, height - 4);
        g.dispose();
        return encode(image);
    }

    /** A real PNG larger than a logo may be: random pixels do not compress. */
    private static byte[] noise(int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(7);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, random.nextInt());
            }
        }
        return encode(image);
    }

    private static byte[] encode(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
