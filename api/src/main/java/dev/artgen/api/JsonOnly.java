package dev.artgen.api;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverters;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The API speaks JSON only. An XML library on the classpath (the embedded S3 server brings one to
 * the local launcher and the tests) would otherwise make Spring read and write XML too, a second,
 * undocumented and untested format; without it, an XML body is a 415 and {@code Accept: application/xml} a 406.
 */
@Configuration(proxyBeanMethods = false)
class JsonOnly implements WebMvcConfigurer {

    @Override
    public void configureMessageConverters(HttpMessageConverters.ServerBuilder builder) {
        builder.configureMessageConvertersList(converters -> converters.removeIf(
                converter -> converter.getSupportedMediaTypes().stream().anyMatch(JsonOnly::isXml)));
    }

    private static boolean isXml(MediaType type) {
        return type.getSubtype().equals("xml") || type.getSubtype().endsWith("+xml");
    }
}
