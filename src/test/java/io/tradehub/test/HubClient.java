package io.tradehub.test;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Talks to the running hub over real HTTP, as a browser (form login, session cookie, CSRF
 * header) or as a system (bearer token).
 */
public class HubClient {

	static final ObjectMapper JSON = JsonMapper.builder().findAndAddModules().build();

	private final String base;

	private final CookieManager cookies = new CookieManager();

	private final HttpClient http;

	private String token;

	public HubClient(int port) {
		this(port, true);
	}

	private HubClient(int port, boolean keepsCookies) {
		this.base = "http://127.0.0.1:" + port;
		HttpClient.Builder builder = HttpClient.newBuilder()
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(Duration.ofSeconds(5));
		if (keepsCookies) {
			builder.cookieHandler(this.cookies);
		}
		this.http = builder.build();
	}

	/**
	 * A system's client: it sends the bearer token and never keeps a cookie, so no
	 * session or CSRF token can ride along with its calls.
	 */
	public static HubClient system(int port, String token) {
		return new HubClient(port, false).withToken(token);
	}

	/**
	 * Signs in through the login form; fails the test when the hub does not accept the
	 * password.
	 */
	public HubClient login(String email, String password) {
		Response response = tryLogin(email, password);
		assertThat(response.header("Location")).as("login of " + email).doesNotContain("error");
		// Signing in replaces the CSRF token; like a browser's next page, any request
		// brings the new cookie.
		get("/actuator/health");
		return this;
	}

	public Response tryLogin(String email, String password) {
		get("/login");
		String form = "username=" + encode(email) + "&password=" + encode(password) + "&_csrf=" + encode(csrf());
		return send(HttpRequest.newBuilder(uri("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form)));
	}

	/**
	 * This customer asks the supplier for a connection, and the supplier accepts it and
	 * lets it trade: every product visible, no markup, orders allowed.
	 * @return the connection's id
	 */
	public String connectActive(HubClient supplier, Object supplierId) {
		String connection = post("/api/v1/connections", Map.of("supplierId", supplierId)).expect(201).at("/id");
		supplier.post("/api/v1/connections/" + connection + "/accept").expect(200);
		supplier
			.put("/api/v1/connections/" + connection + "/settings",
					Map.of("markupPercent", 0, "visibility", "ALL", "orderCreationAllowed", true, "answerWindowHours",
							24, "shippingWindowDays", 2))
			.expect(200);
		return connection;
	}

	public HubClient withToken(String token) {
		this.token = token;
		return this;
	}

	public Response get(String path) {
		return send(request(path).GET());
	}

	public Response post(String path) {
		return post(path, null);
	}

	public Response post(String path, Object body) {
		return send(request(path).POST(body(body)).header("Content-Type", "application/json"));
	}

	/** Posts a JSON body with headers of the test's own, such as an Idempotency-Key. */
	public Response post(String path, Object body, java.util.Map<String, String> headers) {
		HttpRequest.Builder builder = request(path).POST(body(body)).header("Content-Type", "application/json");
		headers.forEach(builder::header);
		return send(builder);
	}

	public Response put(String path, Object body) {
		return send(request(path).PUT(body(body)).header("Content-Type", "application/json"));
	}

	public Response delete(String path) {
		return send(request(path).DELETE());
	}

	/**
	 * Sends any method with a JSON body (a raw string is sent as it is; null sends none),
	 * for tests that drive many endpoints from a table.
	 */
	public Response send(String method, String path, Object body) {
		return send(method, path, body, "application/json");
	}

	/**
	 * Sends any method with a body of the given content type (ignored when the body is
	 * null).
	 */
	public Response send(String method, String path, Object body, String contentType) {
		HttpRequest.Builder builder = request(path).method(method, body(body));
		if (body != null) {
			builder.header("Content-Type", contentType);
		}
		return send(builder);
	}

	private HttpRequest.Builder request(String path) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(20));
		if (this.token != null) {
			builder.header("Authorization", "Bearer " + this.token);
		}
		String csrf = csrf();
		if (csrf != null) {
			builder.header("X-XSRF-TOKEN", csrf);
		}
		return builder;
	}

	private String csrf() {
		return this.cookies.getCookieStore()
			.getCookies()
			.stream()
			.filter(cookie -> cookie.getName().equals("XSRF-TOKEN"))
			.map(HttpCookie::getValue)
			.findFirst()
			.orElse(null);
	}

	private static HttpRequest.BodyPublisher body(Object body) {
		if (body == null) {
			return HttpRequest.BodyPublishers.noBody();
		}
		try {
			String text = body instanceof String raw ? raw : JSON.writeValueAsString(body);
			return HttpRequest.BodyPublishers.ofString(text);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalArgumentException(ex);
		}
	}

	private Response send(HttpRequest.Builder request) {
		try {
			HttpResponse<byte[]> response = this.http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
			return new Response(response.statusCode(), response.body(), response.headers());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private URI uri(String path) {
		return URI.create(this.base + path);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	/**
	 * An HTTP answer, with its body as text, JSON or bytes.
	 */
	public record Response(int status, byte[] bytes, java.net.http.HttpHeaders headers) {

		public String body() {
			return new String(this.bytes, StandardCharsets.UTF_8);
		}

		public JsonNode json() {
			try {
				return JSON.readTree(this.bytes);
			}
			catch (IOException ex) {
				throw new AssertionError("Not JSON (status " + this.status + "): " + body(), ex);
			}
		}

		/**
		 * A value of the JSON body by JSON pointer, such as {@code /connection/status}.
		 */
		public String at(String pointer) {
			return json().at(pointer).asText();
		}

		public String header(String name) {
			return this.headers.firstValue(name).orElse("");
		}

		/**
		 * Asserts the status, showing the body when it differs; answers this response for
		 * chaining.
		 */
		public Response expect(int expected) {
			assertThat(this.status).as("HTTP status; body: %s", body()).isEqualTo(expected);
			return this;
		}

	}

}
