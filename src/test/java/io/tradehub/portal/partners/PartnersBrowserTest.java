package io.tradehub.portal.partners;

import io.tradehub.test.BrowserTest;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * What the partner pages' browser tests share: filling in inputs by id, which here may
 * hold dots ({@code company.address.city}) that a CSS selector would need escaped.
 */
abstract class PartnersBrowserTest extends BrowserTest {

	static void fill(String id, String text) {
		WebElement input = browser.findElement(By.id(id));
		input.clear();
		input.sendKeys(text);
	}

}
