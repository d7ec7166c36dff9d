package dev.artgen.api.security;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Tells OpenAPI readers (and the Authorize button at /docs) that every route takes a bearer API key. */
@Configuration(proxyBeanMethods = false)
class OpenApiSecurity {

    private static final String API_KEY = "apiKey";

    @Bean
    OpenAPI artgenOpenApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("ArtGen API")
                        .description("Image generation jobs, pictures, live events, webhooks. "
                                + "Send 'Authorization: Bearer agk_…'; see docs/security.md."))
                .components(new Components()
                        .addSecuritySchemes(
                                API_KEY,
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("bearer")
                                        .description("An ArtGen API key, agk_…")))
                .addSecurityItem(new SecurityRequirement().addList(API_KEY));
    }
}
